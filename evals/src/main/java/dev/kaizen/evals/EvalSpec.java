package dev.kaizen.evals;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One configured eval.
 *
 * @param id unique name, used in reports and the ledger
 * @param type how its output is read
 * @param command the command line, run by {@code /bin/sh -c} in the tree
 * @param metrics for {@link EvalType#COMMAND}: the metrics it reports; empty for {@link EvalType#JUNIT}
 * @param timeout overrides the sandbox's timeout for this eval
 */
public record EvalSpec(
    String id, EvalType type, String command, List<MetricSpec> metrics, Optional<Duration> timeout) {

  public EvalSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(command, "command");
    metrics = List.copyOf(Objects.requireNonNull(metrics, "metrics"));
    Objects.requireNonNull(timeout, "timeout");
    if (id.isBlank()) throw new IllegalArgumentException("eval id must not be blank");
    if (command.isBlank()) throw new IllegalArgumentException("eval '" + id + "' has no command");
    if (type == EvalType.COMMAND && metrics.isEmpty()) {
      throw new IllegalArgumentException("command eval '" + id + "' declares no metrics");
    }
    if (type == EvalType.JUNIT && !metrics.isEmpty()) {
      throw new IllegalArgumentException("junit eval '" + id + "' cannot declare metrics");
    }
  }

  /** A test eval. */
  public static EvalSpec junit(String id, String command) {
    return new EvalSpec(id, EvalType.JUNIT, command, List.of(), Optional.empty());
  }

  /** A metrics eval. */
  public static EvalSpec command(String id, String command, List<MetricSpec> metrics) {
    return new EvalSpec(id, EvalType.COMMAND, command, metrics, Optional.empty());
  }
}
