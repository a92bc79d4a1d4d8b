package dev.kaizen.evals;

import java.util.Objects;

/**
 * One metric across the pairs.
 *
 * @param name the metric
 * @param role target or guard
 * @param better which way is better
 * @param baselineMedian the baseline's median over usable pairs
 * @param candidateMedian the candidate's median over usable pairs
 * @param improvement relative improvement of the medians, oriented: {@code +0.05} means 5% better
 *     (lower for {@code lower} metrics, higher for {@code higher} ones)
 */
public record MetricComparison(
    String name, Role role, Direction better, double baselineMedian, double candidateMedian, double improvement) {

  public MetricComparison {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(better, "better");
  }
}
