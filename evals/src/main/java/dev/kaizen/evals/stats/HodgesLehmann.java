package dev.kaizen.evals.stats;

import java.util.Arrays;
import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * The Hodges–Lehmann estimate of the center of a symmetric distribution (the median of the Walsh
 * averages {@code (x_i + x_j)/2, i ≤ j}) and the confidence interval that inverts the Wilcoxon
 * signed-rank test (Hollander and Wolfe, <i>Nonparametric Statistical Methods</i>, 2nd ed., §3.2
 * and §3.3).
 *
 * <p>With {@code M = n(n+1)/2} sorted Walsh averages {@code W(1) ≤ … ≤ W(M)}, the interval is
 * {@code [W(C), W(M+1-C)]}, where {@code C - 1} is the largest lower-tail critical value of W+ at
 * level {@code (1 - confidence)/2}. For fewer than {@value SignedRankTest#EXACT_BELOW} values
 * {@code C} comes from the exact distribution, so the coverage is at least the level asked for;
 * above, from the normal approximation {@code C = ⌊n(n+1)/4 - z·√(n(n+1)(2n+1)/24)⌋}. When the
 * sample is too small for the level, {@code C = 1} (the whole range of the Walsh averages) and the
 * reported confidence is the one that range achieves.
 */
public final class HodgesLehmann {

  private static final NormalDistribution STANDARD_NORMAL = new NormalDistribution(null, 0, 1);

  private HodgesLehmann() {}

  /**
   * The estimate and its two-sided confidence interval at {@code confidence} (for example 0.95).
   */
  public static LocationEstimate estimate(double[] x, double confidence) {
    if (x.length == 0) throw new IllegalArgumentException("no values to estimate from");
    if (!(confidence > 0 && confidence < 1))
      throw new IllegalArgumentException("confidence out of (0, 1): " + confidence);
    double[] walsh = walshAverages(x);
    int n = x.length;
    int m = walsh.length;
    double alphaHalf = (1 - confidence) / 2;
    int c;
    double achieved;
    if (n < SignedRankTest.EXACT_BELOW) {
      var dist = new SignedRankDistribution(n);
      c = Math.max(1, dist.lowerCriticalValue(alphaHalf) + 1);
      achieved = 1 - 2 * dist.atMost(c - 1);
    } else {
      double mean = n * (n + 1.0) / 4;
      double sd = Math.sqrt(n * (n + 1.0) * (2.0 * n + 1) / 24);
      double z = STANDARD_NORMAL.inverseCumulativeProbability(1 - alphaHalf);
      c = Math.max(1, (int) Math.floor(mean - z * sd));
      achieved = confidence;
    }
    c =
        Math.min(
            c,
            (m + 1) / 2); // a very low level must not put the ends on the wrong side of the median
    double level = Math.min(confidence, achieved);
    return new LocationEstimate(median(walsh), walsh[c - 1], walsh[m - c], level, n);
  }

  /** The sorted Walsh averages {@code (x_i + x_j)/2} for {@code i ≤ j}. */
  public static double[] walshAverages(double[] x) {
    int n = x.length;
    double[] walsh = new double[n * (n + 1) / 2];
    int k = 0;
    for (int i = 0; i < n; i++) {
      if (!Double.isFinite(x[i]))
        throw new IllegalArgumentException("values must be finite: " + x[i]);
      for (int j = i; j < n; j++) walsh[k++] = (x[i] + x[j]) / 2;
    }
    Arrays.sort(walsh);
    return walsh;
  }

  /** The median of the values (the mean of the two middle ones for an even count). */
  public static double median(double[] values) {
    if (values.length == 0) throw new IllegalArgumentException("no values");
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int mid = sorted.length / 2;
    return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
}
