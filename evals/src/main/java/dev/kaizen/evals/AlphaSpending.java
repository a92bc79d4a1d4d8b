package dev.kaizen.evals;

/**
 * How a session spends its significance level across the candidates it judges, so that however many
 * it tries, the chance that it accepts any candidate that is not truly better stays at most {@code
 * α} (Bonferroni over the iteration budget, spent as the session goes).
 *
 * <p>Judging {@code m} candidates together with {@code r} iterations of the budget left (these
 * {@code m} included) spends {@code m/r} of the α not yet spent; a batch shares its part among its
 * candidates by Benjamini–Hochberg, as before. A session of 20 iterations at α = 0.01 thus tests
 * its first candidate at 0.0005. Iterations that never reach the gate (refused, not built) spend
 * nothing, so later ones get what they leave. Each level is fixed before its pairs are measured and
 * the levels add up to at most α, so by the union bound the session's false acceptances stay below
 * α; a resumed session goes on from what its finished iterations spent.
 *
 * @param alpha the session's whole significance level ({@code gate.alpha})
 * @param budget the iterations the session may try
 * @param spent the part of α spent so far
 */
public record AlphaSpending(double alpha, int budget, double spent) {

  public AlphaSpending {
    if (!(alpha > 0 && alpha < 0.5))
      throw new IllegalArgumentException("alpha must be in (0, 0.5): " + alpha);
    if (budget < 1) throw new IllegalArgumentException("budget must be at least 1: " + budget);
    if (!(spent >= 0 && spent <= alpha * (1 + 1e-9)))
      throw new IllegalArgumentException("spent must be in [0, alpha]: " + spent);
  }

  /** A session that has spent nothing yet. */
  public static AlphaSpending over(double alpha, int budget) {
    return new AlphaSpending(alpha, budget, 0);
  }

  /**
   * The level at which {@code candidates} judged together are tested.
   *
   * @param used the iterations the session has used besides these candidates (finished ones, and
   *     ones of the same round that never reached the gate)
   */
  public double level(int candidates, int used) {
    if (candidates < 1)
      throw new IllegalArgumentException("candidates must be at least 1: " + candidates);
    int left = Math.max(budget - used, candidates);
    return Math.max(0, alpha - spent) * candidates / left;
  }

  /** The level a session's first lone candidate is tested at: {@code α / budget}. */
  public double firstLevel() {
    return alpha / budget;
  }

  /** This spending after a decision at {@code level}. */
  public AlphaSpending spend(double level) {
    if (!(level >= 0)) throw new IllegalArgumentException("level must not be negative: " + level);
    return new AlphaSpending(alpha, budget, Math.min(alpha, spent + level));
  }

  /** This spending for a budget changed on resumption; what was spent stays spent. */
  public AlphaSpending withBudget(int newBudget) {
    return new AlphaSpending(alpha, newBudget, spent);
  }
}
