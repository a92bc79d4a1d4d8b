package dev.kaizen.agent.ledger;

import dev.kaizen.agent.json.JsonInline;
import dev.kaizen.evals.Decision;
import java.util.List;
import java.util.Objects;

/**
 * {@code decision.json} of an iteration (and the decision part of {@code gate --json}): what the
 * gate decided, why, and the numbers behind it, with each metric's estimate, 95% interval and p
 * exactly as the gate computed them.
 *
 * @param decision {@code accepted}, {@code rejected} or {@code inconclusive}
 * @param reason the first reason, one line
 * @param reasons every reason, most important first
 * @param evidence the performance numbers, whose keys sit next to these; null when no pairs were
 *     measured
 * @param candidateTests the candidate's tests, when they ran
 */
public record DecisionRecord(
    String decision,
    String reason,
    List<String> reasons,
    @JsonInline EvidenceRecord evidence,
    TestsRecord candidateTests) {

  public DecisionRecord {
    Objects.requireNonNull(decision, "decision");
    reasons = reasons == null ? List.of() : List.copyOf(reasons);
    if (reason == null) reason = reasons.isEmpty() ? decision : reasons.get(0);
    evidence = EvidenceRecord.held(evidence) ? evidence : null;
  }

  /** The record of a gate's decision. */
  public static DecisionRecord of(Decision d) {
    return new DecisionRecord(
        d.kind(),
        d.reason(),
        d.reasons(),
        d.evidence().map(EvidenceRecord::of).orElse(null),
        d.candidateTests().map(TestsRecord::of).orElse(null));
  }

  /** This decision with other evidence. */
  public DecisionRecord withEvidence(EvidenceRecord evidence) {
    return new DecisionRecord(decision, reason, reasons, evidence, candidateTests);
  }
}
