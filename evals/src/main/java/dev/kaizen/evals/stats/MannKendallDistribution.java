package dev.kaizen.evals.stats;

/**
 * The exact null distribution of the Mann–Kendall statistic S for a series of {@code n} untied
 * values in random order: with {@code N = n(n-1)/2} pairs and {@code I} of them out of order
 * (inversions), {@code S = N - 2I}, so S takes the values {@code -N, -N+2, …, N}, symmetric about
 * 0.
 *
 * <p>The count of permutations with {@code I} inversions (the Mahonian numbers) is built by dynamic
 * programming, one value at a time: the {@code k}-th value adds {@code 0..k-1} inversions, each
 * with probability {@code 1/k}. With running sums this takes {@code O(n·N)} time, not {@code n!}.
 */
public final class MannKendallDistribution {

  /** The largest series length this class computes. */
  public static final int MAX_N = 200;

  private final int n;
  private final int pairs;

  /** {@code inversionsAtMost[i] = P(I ≤ i)}. */
  private final double[] inversionsAtMost;

  public MannKendallDistribution(int n) {
    if (n < 0 || n > MAX_N)
      throw new IllegalArgumentException("n must be in [0, " + MAX_N + "]: " + n);
    this.n = n;
    this.pairs = n * (n - 1) / 2;
    double[] pmf = new double[pairs + 1];
    pmf[0] = 1;
    int reach = 0;
    for (int k = 2; k <= n; k++) {
      reach += k - 1;
      double[] next = new double[pairs + 1];
      double window = 0; // sum of pmf[i-k+1 .. i]
      for (int i = 0; i <= reach; i++) {
        window += pmf[i];
        if (i - k >= 0) window -= pmf[i - k];
        next[i] = window / k;
      }
      pmf = next;
    }
    inversionsAtMost = new double[pairs + 1];
    double sum = 0;
    for (int i = 0; i <= pairs; i++) {
      sum += pmf[i];
      inversionsAtMost[i] = Math.min(1, sum);
    }
  }

  public int n() {
    return n;
  }

  /** The largest value S can take, {@code n(n-1)/2}. */
  public int maxStatistic() {
    return pairs;
  }

  /** {@code P(S ≥ s)}. */
  public double atLeast(int s) {
    if (s <= -pairs) return 1;
    if (s > pairs) return 0;
    // S ≥ s ⇔ N - 2I ≥ s ⇔ I ≤ (N - s)/2
    return inversionsAtMost[Math.floorDiv(pairs - s, 2)];
  }

  /** {@code P(S ≤ s)}; by symmetry {@code P(S ≥ -s)}. */
  public double atMost(int s) {
    return atLeast(-s);
  }

  /** The two-sided p-value {@code P(|S| ≥ |s|)} of an observed statistic. */
  public double twoSided(int s) {
    if (s == 0) return 1;
    return Math.min(1, 2 * atLeast(Math.abs(s)));
  }
}
