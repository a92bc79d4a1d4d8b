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
 * @param command the command line, run by {@code /bin/sh -c} in the tree; for {@link
 *     EvalType#JMH} it must contain {@value #OUT}, replaced by the path of the results file
 * @param metrics for {@link EvalType#COMMAND}: the metrics it reports; for {@link EvalType#JMH}:
 *     optionally, benchmarks (by their full name, params included) given their own role; empty
 *     for {@link EvalType#JUNIT}
 * @param timeout overrides the sandbox's timeout for this eval
 * @param benchmarkRole for {@link EvalType#JMH}: the role of every benchmark {@code metrics} does
 *     not name ({@link Role#TARGET} unless configured)
 */
public record EvalSpec(
    String id, EvalType type, String command, List<MetricSpec> metrics, Optional<Duration> timeout, Role benchmarkRole) {

  /** The placeholder a JMH eval's command holds for its results file. */
  public static final String OUT = "{out}";

  public EvalSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(command, "command");
    metrics = List.copyOf(Objects.requireNonNull(metrics, "metrics"));
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(benchmarkRole, "benchmarkRole");
    if (id.isBlank()) throw new IllegalArgumentException("eval id must not be blank");
    if (!id.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException("eval id '" + id + "' may hold only letters, digits, '.', '_' and '-'");
    }
    if (command.isBlank()) throw new IllegalArgumentException("eval '" + id + "' has no command");
    if (type == EvalType.COMMAND && metrics.isEmpty()) {
      throw new IllegalArgumentException("command eval '" + id + "' declares no metrics");
    }
    if (type == EvalType.JUNIT && !metrics.isEmpty()) {
      throw new IllegalArgumentException("junit eval '" + id + "' cannot declare metrics");
    }
    if (type == EvalType.JMH && !command.contains(OUT)) {
      throw new IllegalArgumentException("jmh eval '" + id + "' must write its results to " + OUT
          + " (for example: java -jar target/benchmarks.jar -rf json -rff " + OUT + ")");
    }
    if (benchmarkRole == Role.GATE) throw new IllegalArgumentException("a benchmark is a target or a guard, not a gate");
  }

  /** An eval whose benchmarks (if any) are targets. */
  public EvalSpec(String id, EvalType type, String command, List<MetricSpec> metrics, Optional<Duration> timeout) {
    this(id, type, command, metrics, timeout, Role.TARGET);
  }

  /** A test eval. */
  public static EvalSpec junit(String id, String command) {
    return new EvalSpec(id, EvalType.JUNIT, command, List.of(), Optional.empty());
  }

  /** A metrics eval. */
  public static EvalSpec command(String id, String command, List<MetricSpec> metrics) {
    return new EvalSpec(id, EvalType.COMMAND, command, metrics, Optional.empty());
  }

  /** A JMH eval whose benchmarks are all targets. */
  public static EvalSpec jmh(String id, String command) {
    return new EvalSpec(id, EvalType.JMH, command, List.of(), Optional.empty());
  }

  /** Whether this eval is measured in the gate's pairs (a command or JMH eval). */
  public boolean measures() {
    return type != EvalType.JUNIT;
  }
}
