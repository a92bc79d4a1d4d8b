package dev.kaizen.agent.loop;

import dev.kaizen.agent.ledger.IterationRecord;
import java.util.List;
import java.util.Objects;

/**
 * How a session ended.
 *
 * @param session the session's id
 * @param branch the session branch, holding the best commit
 * @param base the commit the session started from
 * @param best the best commit at the end (the base when nothing was accepted)
 * @param iterations every iteration, in order
 * @param stopReason why the loop stopped, one line
 * @param budgetExhausted the loop stopped because a budget ran out
 */
public record SessionResult(
    String session,
    String branch,
    String base,
    String best,
    List<IterationRecord> iterations,
    String stopReason,
    boolean budgetExhausted) {

  public SessionResult {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(best, "best");
    iterations = List.copyOf(iterations);
    Objects.requireNonNull(stopReason, "stopReason");
  }

  public int tried() {
    return iterations.size();
  }

  /**
   * Iterations that moved the session branch: accepted by the gate, or by the user in a manual
   * session.
   */
  public int accepted() {
    return (int) iterations.stream().filter(SessionRun::merged).count();
  }
}
