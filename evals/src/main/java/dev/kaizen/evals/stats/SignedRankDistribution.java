package dev.kaizen.evals.stats;

/**
 * The exact null distribution of the Wilcoxon signed-rank statistic W+ for {@code n} untied,
 * non-zero differences: W+ is the sum of a uniformly random subset of the ranks {@code 1..n}, so it
 * takes the values {@code 0..n(n+1)/2}, symmetric about {@code n(n+1)/4}.
 *
 * <p>Computed by dynamic programming over the ranks in {@code O(n³)} time (adding rank {@code k} to
 * the subset or not, each with probability ½), not by enumerating the {@code 2ⁿ} subsets.
 */
public final class SignedRankDistribution {

  private final int n;
  private final double[] atMost;
  private final double[] atLeast;

  public SignedRankDistribution(int n) {
    if (n < 0 || n > 1000) throw new IllegalArgumentException("n must be in [0, 1000]: " + n);
    this.n = n;
    int max = n * (n + 1) / 2;
    double[] pmf = new double[max + 1];
    pmf[0] = 1;
    int reach = 0;
    for (int k = 1; k <= n; k++) {
      reach += k;
      for (int s = reach; s >= 0; s--) {
        pmf[s] = (pmf[s] + (s >= k ? pmf[s - k] : 0)) / 2;
      }
    }
    atMost = new double[max + 1];
    atLeast = new double[max + 1];
    double sum = 0;
    for (int s = 0; s <= max; s++) {
      sum += pmf[s];
      atMost[s] = Math.min(1, sum);
    }
    sum = 0;
    for (int s = max; s >= 0; s--) {
      sum += pmf[s];
      atLeast[s] = Math.min(1, sum);
    }
  }

  public int n() {
    return n;
  }

  /** The largest value W+ can take, {@code n(n+1)/2}. */
  public int maxStatistic() {
    return atMost.length - 1;
  }

  /** {@code P(W+ ≤ w)}. */
  public double atMost(int w) {
    if (w < 0) return 0;
    return w >= atMost.length ? 1 : atMost[w];
  }

  /** {@code P(W+ ≥ w)}. */
  public double atLeast(int w) {
    if (w <= 0) return 1;
    return w >= atLeast.length ? 0 : atLeast[w];
  }

  /**
   * The lower critical value for a test at level {@code alpha} in the lower tail: the largest
   * {@code t} with {@code P(W+ ≤ t) ≤ alpha}, or {@code -1} when even {@code P(W+ = 0)} is above
   * it. This is the number printed in the usual tables (n = 9, two-sided 0.05: 5).
   */
  public int lowerCriticalValue(double alpha) {
    int t = -1;
    while (t + 1 < atMost.length && atMost[t + 1] <= alpha) t++;
    return t;
  }
}
