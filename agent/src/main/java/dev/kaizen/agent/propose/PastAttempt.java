package dev.kaizen.agent.propose;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An earlier iteration of this session, as the next proposal can learn from it.
 *
 * @param n the iteration's number
 * @param summary what was proposed, in one line
 * @param decision {@code accepted}, {@code rejected} or {@code inconclusive}; in a manual session
 *     also {@code accepted-by-user} (the user accepted it without the gate's proof)
 * @param reasons the gate's (or the refusal's) reasons
 * @param effect the estimated improvement (0.031 = 3.1% better), when pairs were measured
 * @param details what a proposer needs to fix a failure: compiler messages, failing tests with
 *     their messages, the gate's numbers; may be empty
 */
public record PastAttempt(
    int n,
    String summary,
    String decision,
    List<String> reasons,
    Optional<Double> effect,
    String details) {

  public PastAttempt {
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(decision, "decision");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(details, "details");
  }

  /**
   * Whether it became the best commit: accepted by the gate, or by the user in a manual session.
   */
  public boolean accepted() {
    return decision.equals("accepted") || decision.equals("accepted-by-user");
  }
}
