package dev.kaizen.evals.stats;

import java.util.Objects;

/**
 * The outcome of a one-sided Wilcoxon signed-rank test.
 *
 * @param n the differences that counted (zeros are dropped)
 * @param statistic W+: the sum of the ranks of the positive differences (midranks for ties)
 * @param pValue the one-sided p-value
 * @param method how the p-value was computed
 */
public record SignedRankResult(int n, double statistic, double pValue, Method method) {

  public SignedRankResult {
    Objects.requireNonNull(method, "method");
    if (n < 0) throw new IllegalArgumentException("n must not be negative: " + n);
    if (!(pValue >= 0 && pValue <= 1))
      throw new IllegalArgumentException("p-value out of [0, 1]: " + pValue);
  }

  /** How a p-value was computed. */
  public enum Method {
    /** From the exact null distribution (no ties, no zeros, small n). */
    EXACT,
    /** From the normal approximation with continuity and tie correction. */
    NORMAL,
    /** From the normal approximation with tie correction only. */
    NORMAL_UNCORRECTED
  }
}
