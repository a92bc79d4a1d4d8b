package dev.kaizen.evals.command;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The metrics read from a command's output, or why there are none.
 *
 * @param values every declared metric's value; empty when {@code problem} is present
 * @param problem why the output gave no usable metrics, quoting the offending line
 */
public record MetricLine(Map<String, Double> values, Optional<String> problem) {

  public MetricLine {
    values = Map.copyOf(Objects.requireNonNull(values, "values"));
    Objects.requireNonNull(problem, "problem");
    if (problem.isPresent() && !values.isEmpty())
      throw new IllegalArgumentException("a failed line has no values");
  }

  static MetricLine of(Map<String, Double> values) {
    return new MetricLine(values, Optional.empty());
  }

  static MetricLine failed(String problem) {
    return new MetricLine(Map.of(), Optional.of(problem));
  }

  public boolean ok() {
    return problem.isEmpty();
  }
}
