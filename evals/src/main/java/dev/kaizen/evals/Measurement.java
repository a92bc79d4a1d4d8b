package dev.kaizen.evals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One run of every metric eval on one tree.
 *
 * @param metrics every declared metric's value; empty when {@code problem} is present
 * @param wall the wall-clock time of the eval commands together, as the sandbox measured it
 * @param problem why the run gave no usable metrics ("exit 1", "last line is not JSON: …",
 *     "metric 'ms_per_op' missing from: …")
 * @param logs every command run, in order
 */
public record Measurement(
    Map<String, Double> metrics, Duration wall, Optional<String> problem, List<EvalLog> logs) {

  public Measurement {
    metrics = Map.copyOf(Objects.requireNonNull(metrics, "metrics"));
    Objects.requireNonNull(wall, "wall");
    Objects.requireNonNull(problem, "problem");
    logs = List.copyOf(Objects.requireNonNull(logs, "logs"));
  }

  public boolean ok() {
    return problem.isEmpty();
  }
}
