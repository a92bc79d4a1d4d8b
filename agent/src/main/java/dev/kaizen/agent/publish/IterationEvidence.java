package dev.kaizen.agent.publish;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an iteration's folder in the ledger adds to its line in {@code iterations.jsonl}: the
 * proposal's rationale ({@code proposal.md}), the gate's threshold and per-metric numbers
 * ({@code decision.json}, with intervals from the pairs in {@code scorecard.json}) and both
 * sides' tests. Each part is empty when its file is missing.
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
    int n, Optional<String> rationale, Optional<Double> threshold, Optional<String> thresholdSource,
    List<MetricRow> metrics, List<String> reasons, Optional<TestCounts> baselineTests, Optional<TestCounts> candidateTests) {

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
    return new IterationEvidence(n, Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of(),
        Optional.empty(), Optional.empty());
  }
}
