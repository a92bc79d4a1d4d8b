package dev.kaizen.evals.stats;

import org.apache.commons.math3.distribution.BetaDistribution;

/**
 * Clopper–Pearson ("exact") confidence bounds for a binomial proportion (Clopper and Pearson,
 * <i>Biometrika</i> 26, 1934, 404–413): the bounds are the proportions at which the observed count
 * sits exactly on a tail of probability α, which are quantiles of Beta distributions. For {@code x}
 * successes in {@code n} trials:
 *
 * <ul>
 *   <li>two-sided at level {@code 1 - α}: {@code [B(α/2; x, n-x+1), B(1-α/2; x+1, n-x)]}, with the
 *       lower end 0 when {@code x = 0} and the upper end 1 when {@code x = n};
 *   <li>one-sided upper bound at level {@code 1 - α}: {@code B(1-α; x+1, n-x)}, 1 when {@code x =
 *       n}.
 * </ul>
 *
 * <p>The ends for {@code x = 0} and {@code x = n} have closed forms, used as such: the upper bound
 * for no successes is {@code 1 - α^(1/n)} ({@code 1 - (α/2)^(1/n)} for the two-sided interval), the
 * lower bound for all successes {@code (α/2)^(1/n)}. Coverage is at least the level asked for.
 */
public final class BinomialBounds {

  /** Absolute accuracy of the Beta quantiles; commons-math3's default (1e-9) is coarse near 0. */
  private static final double QUANTILE_ACCURACY = 1e-15;

  private BinomialBounds() {}

  /** The two-sided Clopper–Pearson interval at {@code confidence} (for example 0.95). */
  public static ProportionInterval clopperPearson(int successes, int trials, double confidence) {
    check(successes, trials, confidence);
    double alphaHalf = (1 - confidence) / 2;
    double low;
    if (successes == 0) low = 0;
    else if (successes == trials) low = Math.pow(alphaHalf, 1.0 / trials);
    else low = betaQuantile(alphaHalf, successes, trials - successes + 1);
    double high = highEnd(successes, trials, alphaHalf);
    return new ProportionInterval(
        successes, trials, successes / (double) trials, low, high, confidence);
  }

  /**
   * The one-sided Clopper–Pearson upper bound at {@code confidence}: {@code P(p ≤ bound) ≥
   * confidence}.
   */
  public static double upperBound(int successes, int trials, double confidence) {
    check(successes, trials, confidence);
    return highEnd(successes, trials, 1 - confidence);
  }

  /** The upper end that leaves {@code tail} probability of seeing at most {@code successes}. */
  private static double highEnd(int successes, int trials, double tail) {
    if (successes == trials) return 1;
    if (successes == 0) return 1 - Math.pow(tail, 1.0 / trials);
    return betaQuantile(1 - tail, successes + 1, trials - successes);
  }

  private static double betaQuantile(double p, double a, double b) {
    return new BetaDistribution(null, a, b, QUANTILE_ACCURACY).inverseCumulativeProbability(p);
  }

  private static void check(int successes, int trials, double confidence) {
    if (trials < 1) throw new IllegalArgumentException("trials must be positive: " + trials);
    if (successes < 0 || successes > trials) {
      throw new IllegalArgumentException("successes out of [0, " + trials + "]: " + successes);
    }
    if (!(confidence > 0 && confidence < 1))
      throw new IllegalArgumentException("confidence out of (0, 1): " + confidence);
  }
}
