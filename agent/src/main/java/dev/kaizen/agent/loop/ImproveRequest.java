package dev.kaizen.agent.loop;

import dev.kaizen.agent.propose.Goal;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@code kaizen improve} was asked to do.
 *
 * @param iterations how many iterations to try at most (capped by {@code budget.max-iterations})
 * @param goal what to improve
 * @param into a branch of the user's repository to fast-forward to the session's best commit
 * @param batch candidates proposed and judged together per round (1: one at a time); each is an
 *     iteration of its own
 * @param proposeOnly only propose and commit each change on its candidate branch: nothing is built,
 *     run or measured (no sandbox), and every iteration is recorded as {@code proposed}; {@code
 *     --proposer replay --from} the session measures the proposals later, elsewhere
 */
public record ImproveRequest(
    Optional<Integer> iterations,
    Goal goal,
    Optional<String> into,
    int batch,
    boolean proposeOnly) {

  public ImproveRequest {
    Objects.requireNonNull(iterations, "iterations");
    Objects.requireNonNull(goal, "goal");
    Objects.requireNonNull(into, "into");
    iterations.ifPresent(
        n -> {
          if (n < 1) throw new IllegalArgumentException("--iterations must be at least 1");
        });
    if (batch < 1) throw new IllegalArgumentException("--batch must be at least 1");
  }

  /** Proposed and measured, {@code batch} candidates a round. */
  public ImproveRequest(Optional<Integer> iterations, Goal goal, Optional<String> into, int batch) {
    this(iterations, goal, into, batch, false);
  }

  /** One candidate at a time. */
  public ImproveRequest(Optional<Integer> iterations, Goal goal, Optional<String> into) {
    this(iterations, goal, into, 1);
  }
}
