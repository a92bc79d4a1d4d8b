package dev.kaizen.agent.publish;

import dev.kaizen.agent.ledger.CheckRecord;
import dev.kaizen.agent.ledger.DecisionRecord;
import dev.kaizen.agent.ledger.EvidenceRecord;
import dev.kaizen.agent.ledger.ScorecardRecord;
import dev.kaizen.agent.ledger.TestsRecord;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an iteration's folder in the ledger adds to its line in {@code iterations.jsonl}: the
 * proposal's rationale ({@code proposal.md}), the gate's threshold and per-metric numbers with
 * their intervals and p ({@code decision.json}) and both sides' tests ({@code scorecard.json}).
 * Each part is empty when its file is missing.
 *
 * @param n the iteration's number
 * @param rationale why the change should help, as proposed
 * @param threshold τ, the smallest improvement the gate accepted (relative)
 * @param thresholdSource where τ came from ({@code min-effect}, or an A/A noise floor)
 * @param metrics every metric compared
 * @param reasons the gate's reasons, one line each
 * @param baselineTests the parent's tests
 * @param candidateTests the candidate's tests
 */
public record IterationEvidence(
    int n,
    Optional<String> rationale,
    Optional<Double> threshold,
    Optional<String> thresholdSource,
    List<MetricRow> metrics,
    List<String> reasons,
    Optional<TestCounts> baselineTests,
    Optional<TestCounts> candidateTests) {

  public IterationEvidence {
    Objects.requireNonNull(rationale, "rationale");
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(thresholdSource, "thresholdSource");
    metrics = List.copyOf(metrics);
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(baselineTests, "baselineTests");
    Objects.requireNonNull(candidateTests, "candidateTests");
  }

  /** An iteration whose folder holds nothing to add. */
  public static IterationEvidence none(int n) {
    return new IterationEvidence(
        n,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        List.of(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * What the iteration's records add: the metrics of its decision that have both medians, with
   * their interval and p as the gate computed them; the tests of its scorecard (the candidate's
   * from the decision when the scorecard has none).
   */
  public static IterationEvidence of(
      int n,
      Optional<String> rationale,
      Optional<DecisionRecord> decision,
      Optional<ScorecardRecord> scorecard) {
    Optional<EvidenceRecord> evidence = decision.map(DecisionRecord::evidence);
    var metrics = new ArrayList<MetricRow>();
    for (EvidenceRecord.Metric m : evidence.map(EvidenceRecord::metrics).orElse(List.of())) {
      if (!finite(m.baseline()) || !finite(m.candidate())) continue;
      String better = m.better() == null ? "lower" : m.better();
      double change =
          finite(m.improvement())
              ? m.improvement()
              : Math.expm1(oriented(better, m.baseline(), m.candidate()));
      metrics.add(
          new MetricRow(
              m.name(),
              m.role() == null ? "target" : m.role(),
              better,
              m.baseline(),
              m.candidate(),
              change,
              m.ciLow(),
              m.ciHigh(),
              m.p()));
    }
    Optional<TestCounts> baselineTests =
        scorecard
            .map(ScorecardRecord::baseline)
            .map(CheckRecord::tests)
            .map(IterationEvidence::counts);
    Optional<TestCounts> candidateTests =
        scorecard
            .map(ScorecardRecord::candidate)
            .map(CheckRecord::tests)
            .or(() -> decision.map(DecisionRecord::candidateTests))
            .map(IterationEvidence::counts);
    return new IterationEvidence(
        n,
        rationale,
        evidence.map(EvidenceRecord::threshold).filter(IterationEvidence::finite),
        evidence.map(EvidenceRecord::thresholdSource),
        metrics,
        decision.map(DecisionRecord::reasons).orElse(List.of()),
        baselineTests,
        candidateTests);
  }

  private static TestCounts counts(TestsRecord t) {
    return new TestCounts(t.run(), t.failures(), t.errors(), t.skipped());
  }

  private static boolean finite(Double v) {
    return v != null && Double.isFinite(v);
  }

  private static double oriented(String better, double baseline, double candidate) {
    double lr = Math.log(baseline / candidate);
    return "higher".equals(better) ? -lr : lr;
  }
}
