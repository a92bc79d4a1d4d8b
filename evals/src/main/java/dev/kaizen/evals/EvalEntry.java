package dev.kaizen.evals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One eval's entry in a configuration file, as its {@link EvalType} reads it: the common keys
 * ({@code id}, {@code command}, {@code timeout}) read already, and access to the type's own keys.
 * The configuration reader implements it (the agent's, over {@code kaizen.yml}). Every error it
 * makes names where the key is written ({@code kaizen.yml:7: evals[1].role: …}).
 */
public interface EvalEntry extends ConfigMapping {

  String id();

  String command();

  /** The eval's own timeout, when the entry sets one. */
  Optional<Duration> timeout();

  /**
   * The entry's {@code metrics}: a list of {@code {name, better, role}} ({@code role} is {@code
   * target} unless given); empty when the key is left out.
   */
  default List<MetricSpec> metrics() {
    if (!has("metrics")) return List.of();
    var metrics = new ArrayList<MetricSpec>();
    for (ConfigMapping m : mappings("metrics", List.of("name", "better", "role"))) {
      String name = m.string("name");
      Direction better = m.parse("better", Direction::parse);
      Role role = m.has("role") ? m.parse("role", Role::parseMetricRole) : Role.TARGET;
      metrics.add(new MetricSpec(name, better, role));
    }
    return metrics;
  }
}
