package dev.kaizen.evals.stats;

/**
 * The outcome of a Mann–Kendall trend test, with Sen's slope.
 *
 * @param n the length of the series
 * @param s the Mann–Kendall statistic: later-larger pairs minus later-smaller pairs
 * @param variance the variance of S under no trend, with the tie correction
 * @param z the standardized statistic, with the continuity correction
 * @param pValue the two-sided p-value from the normal approximation
 * @param senSlope the median of the pairwise slopes {@code (x_j - x_i)/(j - i)}, {@code i < j}, per
 *     step
 */
public record TrendResult(
    int n, double s, double variance, double z, double pValue, double senSlope) {

  public TrendResult {
    if (n < 0) throw new IllegalArgumentException("n must not be negative: " + n);
    if (!(variance >= 0))
      throw new IllegalArgumentException("variance must not be negative: " + variance);
    if (!(pValue >= 0 && pValue <= 1))
      throw new IllegalArgumentException("p-value out of [0, 1]: " + pValue);
    if (!Double.isFinite(z)) throw new IllegalArgumentException("z must be finite: " + z);
    if (!Double.isFinite(senSlope))
      throw new IllegalArgumentException("Sen's slope must be finite: " + senSlope);
  }

  /** Whether the series drifts at two-sided level {@code alpha}: {@code pValue ≤ alpha}. */
  public boolean drifts(double alpha) {
    if (!(alpha > 0 && alpha < 1))
      throw new IllegalArgumentException("alpha out of (0, 1): " + alpha);
    return pValue <= alpha;
  }
}
