package dev.kaizen.evals;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one run of one metric eval measured on a tree.
 *
 * @param metrics every reported metric's value; empty when {@code problem} is present
 * @param specs what each metric is (direction and role), in report order; empty when {@code
 *     problem} is present
 * @param replicates for a metric whose value summarises several scores (a JMH benchmark's forks),
 *     those scores; empty for the others
 * @param problem why the run gave no usable metrics, naming the eval ({@code eval 'speed': last
 *     line is not a JSON object: …}); empty when it gave them
 */
public record MetricOutcome(
    Map<String, Double> metrics,
    List<MetricSpec> specs,
    Map<String, List<Double>> replicates,
    Optional<String> problem) {

  public MetricOutcome {
    metrics = Map.copyOf(Objects.requireNonNull(metrics, "metrics"));
    specs = List.copyOf(Objects.requireNonNull(specs, "specs"));
    replicates = Map.copyOf(Objects.requireNonNull(replicates, "replicates"));
    Objects.requireNonNull(problem, "problem");
    for (MetricSpec spec : specs) {
      if (!metrics.containsKey(spec.name()))
        throw new IllegalArgumentException("no value for metric " + spec.name());
    }
    if (metrics.size() != specs.size())
      throw new IllegalArgumentException("every metric needs its spec, once");
    if (problem.isPresent() && !metrics.isEmpty())
      throw new IllegalArgumentException("a failed run has no metrics");
  }

  /** Metrics without replicates. */
  public static MetricOutcome of(Map<String, Double> metrics, List<MetricSpec> specs) {
    return new MetricOutcome(metrics, specs, Map.of(), Optional.empty());
  }

  public static MetricOutcome failed(String problem) {
    return new MetricOutcome(Map.of(), List.of(), Map.of(), Optional.of(problem));
  }

  public boolean ok() {
    return problem.isEmpty();
  }
}
