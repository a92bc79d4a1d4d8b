package dev.kaizen.evals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One run of every metric eval on one tree.
 *
 * @param metrics every metric's value; empty when {@code problem} is present
 * @param specs what each metric is (direction and role), in report order: the declared metrics of
 *     command evals, then each JMH benchmark as it ran; empty when {@code problem} is present
 * @param replicates the per-fork scores of each JMH benchmark (its value is their median); empty
 *     for command metrics
 * @param wall the wall-clock time of the eval commands together, as the sandbox measured it
 * @param peakMemoryBytes the highest peak memory of the eval commands, as the sandbox measured it;
 *     empty when the sandbox could not measure it
 * @param problem why the run gave no usable metrics ("exit 1", "last line is not JSON: …", "metric
 *     'ms_per_op' missing from: …")
 * @param logs every command run, in order
 */
public record Measurement(
    Map<String, Double> metrics,
    List<MetricSpec> specs,
    Map<String, List<Double>> replicates,
    Duration wall,
    OptionalLong peakMemoryBytes,
    Optional<String> problem,
    List<EvalLog> logs) {

  public Measurement {
    metrics = Map.copyOf(Objects.requireNonNull(metrics, "metrics"));
    specs = List.copyOf(Objects.requireNonNull(specs, "specs"));
    replicates = Map.copyOf(Objects.requireNonNull(replicates, "replicates"));
    Objects.requireNonNull(wall, "wall");
    Objects.requireNonNull(peakMemoryBytes, "peakMemoryBytes");
    Objects.requireNonNull(problem, "problem");
    logs = List.copyOf(Objects.requireNonNull(logs, "logs"));
    for (MetricSpec spec : specs) {
      if (!metrics.containsKey(spec.name()))
        throw new IllegalArgumentException("no value for metric " + spec.name());
    }
    if (problem.isPresent() && !metrics.isEmpty())
      throw new IllegalArgumentException("a failed run has no metrics");
  }

  /** A run that gave no metrics, and why. */
  static Measurement failed(
      String problem, Duration wall, OptionalLong peakMemoryBytes, List<EvalLog> logs) {
    return new Measurement(
        Map.of(), List.of(), Map.of(), wall, peakMemoryBytes, Optional.of(problem), logs);
  }

  public boolean ok() {
    return problem.isEmpty();
  }
}
