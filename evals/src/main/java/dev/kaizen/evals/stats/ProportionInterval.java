package dev.kaizen.evals.stats;

/**
 * A two-sided confidence interval for a binomial proportion.
 *
 * @param successes the successes observed
 * @param trials the trials, at least one
 * @param estimate {@code successes / trials}
 * @param low the interval's lower end
 * @param high the interval's upper end
 * @param confidence the interval's confidence level
 */
public record ProportionInterval(
    int successes, int trials, double estimate, double low, double high, double confidence) {

  public ProportionInterval {
    if (trials < 1) throw new IllegalArgumentException("trials must be positive: " + trials);
    if (successes < 0 || successes > trials) {
      throw new IllegalArgumentException("successes out of [0, " + trials + "]: " + successes);
    }
    if (!(0 <= low && low <= estimate && estimate <= high && high <= 1)) {
      throw new IllegalArgumentException(
          "need 0 ≤ low ≤ estimate ≤ high ≤ 1: " + low + ", " + estimate + ", " + high);
    }
    if (!(confidence > 0 && confidence < 1))
      throw new IllegalArgumentException("confidence out of (0, 1): " + confidence);
  }
}
