package dev.kaizen.evals.stats;

/**
 * A location estimate with its confidence interval.
 *
 * @param estimate the point estimate
 * @param low the interval's lower end
 * @param high the interval's upper end
 * @param confidence the interval's confidence level: the level asked for, or the highest level the
 *     sample allows when it is too small to reach it
 * @param n the sample size
 */
public record LocationEstimate(double estimate, double low, double high, double confidence, int n) {

  public LocationEstimate {
    if (!(low <= estimate && estimate <= high)) {
      throw new IllegalArgumentException(
          "estimate " + estimate + " outside [" + low + ", " + high + "]");
    }
    if (!(confidence > 0 && confidence <= 1))
      throw new IllegalArgumentException("confidence out of (0, 1]: " + confidence);
  }
}
