package dev.kaizen.evals;

import java.util.List;

/**
 * One look of the gate at the pairs measured so far: how many usable pairs it needs, and the level
 * it tests at. See {@link #plan} for the looks a gate takes.
 *
 * @param pairs usable pairs the look needs
 * @param alpha the level the look tests at
 * @param number the look's number, from 1
 * @param of how many looks there are
 */
public record Look(int pairs, double alpha, int number, int of) {

  /** Whether this is the last look, which always decides. */
  public boolean last() {
    return number == of;
  }

  /**
   * The looks a gate with these settings takes: one at {@code pairs.min} and one at {@code
   * pairs.max}, each at {@code α/2} (one look at {@code α} when they are equal). A look never comes
   * before the pairs could reach its level: with {@code n} pairs the one-sided signed-rank test's
   * smallest p-value is {@code 2^-n}, so at a small α (a session spending α over many candidates,
   * see {@link AlphaSpending}) the first look waits for more pairs than {@code pairs.min}, and when
   * even that would reach {@code pairs.max} there is a single look there, at {@code α}. Pair counts
   * are even, so each look holds as many baseline-first as candidate-first pairs.
   */
  public static List<Look> plan(GateSettings s) {
    int min = even(s.minPairs());
    int max = even(s.maxPairs());
    if (max == min) return List.of(new Look(max, s.alpha(), 1, 1));
    int first = even(Math.max(min, pairsToReach(s.alpha() / 2)));
    if (first >= max) return List.of(new Look(max, s.alpha(), 1, 1));
    return List.of(new Look(first, s.alpha() / 2, 1, 2), new Look(max, s.alpha() / 2, 2, 2));
  }

  /**
   * The fewest pairs at which a one-sided Wilcoxon signed-rank test can reach {@code level}: the
   * smallest {@code n} with {@code 2^-n ≤ level} (every pair favouring the candidate).
   */
  public static int pairsToReach(double level) {
    if (!(level > 0)) throw new IllegalArgumentException("level must be positive: " + level);
    int n = 1;
    while (Math.scalb(1.0, -n) > level) n++;
    return n;
  }

  /** Whether the last of these looks can reach its level at all. */
  public static boolean reachable(List<Look> plan) {
    Look last = plan.get(plan.size() - 1);
    return pairsToReach(last.alpha()) <= last.pairs();
  }

  private static int even(int pairs) {
    return pairs + (pairs % 2);
  }
}
