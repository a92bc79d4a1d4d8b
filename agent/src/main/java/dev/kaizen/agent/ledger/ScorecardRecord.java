package dev.kaizen.agent.ledger;

import dev.kaizen.agent.json.JsonInline;
import dev.kaizen.evals.Decision;
import dev.kaizen.evals.TreeCheck;
import java.util.List;

/**
 * {@code scorecard.json} of an iteration: both trees' builds and tests, and when pairs were
 * measured, the gate's numbers and every pair.
 *
 * @param baseline the baseline's check
 * @param candidate the candidate's check
 * @param evidence the performance numbers, whose keys sit next to these; null when no pairs were
 *     measured
 * @param samples every pair measured, usable or not, in measurement order; null when no pairs were
 *     measured
 */
public record ScorecardRecord(
    CheckRecord baseline,
    CheckRecord candidate,
    @JsonInline EvidenceRecord evidence,
    List<PairRecord> samples) {

  public ScorecardRecord {
    evidence = EvidenceRecord.held(evidence) ? evidence : null;
    samples = samples == null ? null : List.copyOf(samples);
  }

  /** The scorecard of a candidate checked against its baseline and decided. */
  public static ScorecardRecord of(TreeCheck baseline, TreeCheck candidate, Decision decision) {
    return new ScorecardRecord(
        CheckRecord.of(baseline),
        CheckRecord.of(candidate),
        decision.evidence().map(EvidenceRecord::of).orElse(null),
        decision
            .evidence()
            .map(e -> e.samples().stream().map(PairRecord::of).toList())
            .orElse(null));
  }

  /** Every pair measured; empty when none were. */
  public List<PairRecord> allSamples() {
    return samples == null ? List.of() : samples;
  }

  /** This scorecard with other evidence. */
  public ScorecardRecord withEvidence(EvidenceRecord evidence) {
    return new ScorecardRecord(baseline, candidate, evidence, samples);
  }
}
