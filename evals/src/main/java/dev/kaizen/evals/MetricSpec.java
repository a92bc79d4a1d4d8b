package dev.kaizen.evals;

import java.util.Objects;

/**
 * One metric a {@code command} eval reports on its last stdout line.
 *
 * @param name the key in the JSON object
 * @param better which way is better
 * @param role {@link Role#TARGET} or {@link Role#GUARD}
 */
public record MetricSpec(String name, Direction better, Role role) {

  public MetricSpec {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(better, "better");
    Objects.requireNonNull(role, "role");
    if (name.isBlank()) throw new IllegalArgumentException("metric name must not be blank");
    if (role == Role.GATE)
      throw new IllegalArgumentException("a metric is a target or a guard, not a gate");
  }
}
