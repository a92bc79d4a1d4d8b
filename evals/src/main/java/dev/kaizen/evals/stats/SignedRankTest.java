package dev.kaizen.evals.stats;

import dev.kaizen.evals.stats.SignedRankResult.Method;
import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apache.commons.math3.stat.ranking.NaNStrategy;
import org.apache.commons.math3.stat.ranking.NaturalRanking;
import org.apache.commons.math3.stat.ranking.TiesStrategy;

/**
 * The one-sided Wilcoxon signed-rank test of {@code H0: median(x) ≤ mu} against {@code H1:
 * median(x) > mu}, for a sample of paired differences from a symmetric distribution.
 *
 * <p>The statistic is W+, the rank sum of the positive {@code x - mu} (ranks of {@code |x - mu|},
 * midranks for ties; exact zeros are dropped, as Wilcoxon proposed and R's {@code wilcox.test}
 * does). Large W+ speaks for H1, so the p-value is the <em>upper</em> tail {@code P(W+ ≥ w)} under
 * H0.
 *
 * <p>Why not commons-math3's {@code WilcoxonSignedRankTest}: it returns a two-sided p from {@code
 * max(W+, W-)} only. On the upper side the one-sided p is half of it, but on the lower side it is
 * {@code 1 - p2/2 + P(W+ = max)}, which needs the point probability it does not expose; its exact p
 * enumerates all {@code 2ⁿ} sign patterns (limit 30); its normal approximation applies the
 * continuity correction in the anti-conservative direction (two-sided 0.033 instead of R's 0.044 on
 * Hollander and Wolfe's example 3.1) without a tie correction; and it ranks zeros instead of
 * dropping them. So this class takes the ranking and the normal distribution from commons-math3 and
 * computes W+ and both tails itself, the exact tail from {@link SignedRankDistribution}.
 *
 * <p>Method, as in R: exact when there are fewer than {@value #EXACT_BELOW} non-zero differences
 * and neither ties nor zeros; otherwise the normal approximation with mean {@code n(n+1)/4},
 * variance {@code n(n+1)(2n+1)/24 - Σ(t³-t)/48} over tie groups of size t, and a continuity
 * correction of ½ toward the mean.
 */
public final class SignedRankTest {

  /** Exact p-values are used below this many non-zero differences. */
  public static final int EXACT_BELOW = 50;

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  private SignedRankTest() {}

  /**
   * Tests {@code median(x) > mu}, choosing the exact or the approximate p-value as described above.
   */
  public static SignedRankResult greater(double[] x, double mu) {
    Ranked r = Ranked.of(x, mu);
    boolean exact = r.n() < EXACT_BELOW && !r.ties() && r.zeros() == 0;
    return exact ? exactTail(r) : normalTail(r, true);
  }

  /**
   * Tests {@code median(x) > mu} with the exact null distribution; ties are ranked as if untied.
   */
  public static SignedRankResult greaterExact(double[] x, double mu) {
    return exactTail(Ranked.of(x, mu));
  }

  /**
   * Tests {@code median(x) > mu} with the normal approximation, with or without continuity
   * correction.
   */
  public static SignedRankResult greaterNormal(
      double[] x, double mu, boolean continuityCorrection) {
    return normalTail(Ranked.of(x, mu), continuityCorrection);
  }

  private static SignedRankResult exactTail(Ranked r) {
    if (r.n() >= 1000)
      throw new IllegalArgumentException("too many differences for the exact test: " + r.n());
    // Without ties W+ is an integer; P(W+ ≥ w) is the upper tail, the side of H1.
    int w = (int) Math.round(r.wPlus());
    double p = new SignedRankDistribution(r.n()).atLeast(w);
    return new SignedRankResult(r.n(), r.wPlus(), p, Method.EXACT);
  }

  private static SignedRankResult normalTail(Ranked r, boolean continuityCorrection) {
    Method method = continuityCorrection ? Method.NORMAL : Method.NORMAL_UNCORRECTED;
    int n = r.n();
    double variance = n * (n + 1.0) * (2.0 * n + 1) / 24 - r.tieSum() / 48;
    if (n == 0 || variance <= 0) return new SignedRankResult(n, r.wPlus(), 1.0, method);
    double mean = n * (n + 1.0) / 4;
    double z = (r.wPlus() - mean - (continuityCorrection ? 0.5 : 0)) / Math.sqrt(variance);
    // Upper tail P(Z ≥ z), written as Φ(-z) to keep precision when it is small.
    double p = STANDARD_NORMAL.cumulativeProbability(-z);
    return new SignedRankResult(n, r.wPlus(), Math.min(1, Math.max(0, p)), method);
  }

  /** The non-zero differences from mu, ranked by absolute value. */
  private record Ranked(int n, double wPlus, boolean ties, int zeros, double tieSum) {

    static Ranked of(double[] x, double mu) {
      if (x.length == 0) throw new IllegalArgumentException("no differences to test");
      if (!Double.isFinite(mu)) throw new IllegalArgumentException("mu must be finite: " + mu);
      double[] z = Arrays.stream(x).map(v -> checked(v) - mu).filter(v -> v != 0).toArray();
      int zeros = x.length - z.length;
      if (z.length == 0) return new Ranked(0, 0, false, zeros, 0);
      double[] abs = Arrays.stream(z).map(Math::abs).toArray();
      double[] ranks = new NaturalRanking(NaNStrategy.FAILED, TiesStrategy.AVERAGE).rank(abs);
      double wPlus = 0;
      for (int i = 0; i < z.length; i++) {
        if (z[i] > 0) wPlus += ranks[i];
      }
      double[] sorted = abs.clone();
      Arrays.sort(sorted);
      double tieSum = 0;
      boolean ties = false;
      for (int i = 0; i < sorted.length; ) {
        int j = i;
        while (j + 1 < sorted.length && sorted[j + 1] == sorted[i]) j++;
        double t = j - i + 1;
        if (t > 1) {
          ties = true;
          tieSum += t * t * t - t;
        }
        i = j + 1;
      }
      return new Ranked(z.length, wPlus, ties, zeros, tieSum);
    }

    private static double checked(double v) {
      if (!Double.isFinite(v))
        throw new IllegalArgumentException("differences must be finite: " + v);
      return v;
    }
  }
}
