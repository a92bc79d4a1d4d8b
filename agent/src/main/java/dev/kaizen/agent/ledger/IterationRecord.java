package dev.kaizen.agent.ledger;

import java.util.List;
import java.util.Objects;

/**
 * One line of {@code iterations.jsonl}: what was tried, what it was measured at, and what the gate
 * decided. Optional numbers are {@code null} when they do not apply (no pairs were measured).
 *
 * @param id {@code <session>/<n>}
 * @param n the iteration's number, from 1
 * @param started when it started (ISO-8601)
 * @param finished when its decision was made (ISO-8601)
 * @param proposer the proposer's name
 * @param source the rule or model that made the proposal; null when nothing was proposed
 * @param key the proposal's key (never proposed twice in a session)
 * @param summary the proposal's one-line summary
 * @param promptTemplate the prompt template id and hash, when a model was asked
 * @param tokens tokens spent
 * @param costUsd money spent
 * @param parent the commit the candidate was built on (the best commit when it started)
 * @param commit the candidate commit; null when the patch could not be committed
 * @param decision {@code accepted}, {@code rejected} or {@code inconclusive}
 * @param reason the first reason, one line
 * @param reasons every reason
 * @param effect the estimated relative improvement (0.031 = 3.1% better)
 * @param ciLow lower end of its 95% confidence interval
 * @param ciHigh upper end of its 95% confidence interval
 * @param p the one-sided p-value
 * @param pairs usable pairs measured
 * @param testsRun tests the candidate ran
 * @param testsFailed tests of the candidate that failed or errored
 * @param fingerprint the change up to formatting and comments ({@code
 *     dev.kaizen.agent.trust.ChangeFingerprint}): a session never measures the same one twice; null
 *     when the patch was refused before it was fingerprinted
 * @param alphaSpent the part of the session's α its decision spent ({@code
 *     dev.kaizen.evals.AlphaSpending}); null when the gate did not measure it
 */
public record IterationRecord(
    String id,
    int n,
    String started,
    String finished,
    String proposer,
    String source,
    String key,
    String summary,
    String promptTemplate,
    long tokens,
    double costUsd,
    String parent,
    String commit,
    String decision,
    String reason,
    List<String> reasons,
    Double effect,
    Double ciLow,
    Double ciHigh,
    Double p,
    Integer pairs,
    Integer testsRun,
    Integer testsFailed,
    String fingerprint,
    Double alphaSpent) {

  public IterationRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(proposer, "proposer");
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(reason, "reason");
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
  }

  /** A line without a fingerprint, having spent no α. */
  public IterationRecord(
      String id,
      int n,
      String started,
      String finished,
      String proposer,
      String source,
      String key,
      String summary,
      String promptTemplate,
      long tokens,
      double costUsd,
      String parent,
      String commit,
      String decision,
      String reason,
      List<String> reasons,
      Double effect,
      Double ciLow,
      Double ciHigh,
      Double p,
      Integer pairs,
      Integer testsRun,
      Integer testsFailed) {
    this(
        id,
        n,
        started,
        finished,
        proposer,
        source,
        key,
        summary,
        promptTemplate,
        tokens,
        costUsd,
        parent,
        commit,
        decision,
        reason,
        reasons,
        effect,
        ciLow,
        ciHigh,
        p,
        pairs,
        testsRun,
        testsFailed,
        null,
        null);
  }

  public boolean accepted() {
    return decision.equals("accepted");
  }
}
