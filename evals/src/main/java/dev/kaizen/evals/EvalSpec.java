package dev.kaizen.evals;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One configured eval. Its type checks what is particular to it (see {@link EvalType#check}).
 *
 * @param id unique name, used in reports and the ledger
 * @param type what kind of eval it is: how it runs and how its output is read
 * @param command the command line, run by {@code /bin/sh -c} in the tree
 * @param metrics the metrics it declares: all it reports (a {@code command} eval), some of them
 *     given their own role (a {@code jmh} eval's benchmarks, by full name), or none (a test eval)
 * @param timeout overrides the sandbox's timeout for this eval
 * @param benchmarkRole for an eval that reports metrics it does not declare (a {@code jmh} eval's
 *     benchmarks): their role ({@link Role#TARGET} unless configured)
 */
public record EvalSpec(
    String id,
    EvalType type,
    String command,
    List<MetricSpec> metrics,
    Optional<Duration> timeout,
    Role benchmarkRole) {

  public EvalSpec {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(command, "command");
    metrics = List.copyOf(Objects.requireNonNull(metrics, "metrics"));
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(benchmarkRole, "benchmarkRole");
    if (id.isBlank()) throw new IllegalArgumentException("eval id must not be blank");
    if (!id.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException(
          "eval id '" + id + "' may hold only letters, digits, '.', '_' and '-'");
    }
    if (command.isBlank()) throw new IllegalArgumentException("eval '" + id + "' has no command");
    Optional<String> problem = type.check(id, command, metrics, benchmarkRole);
    if (problem.isPresent()) throw new IllegalArgumentException(problem.get());
    if (benchmarkRole == Role.GATE)
      throw new IllegalArgumentException("a benchmark is a target or a guard, not a gate");
  }

  /** An eval whose undeclared metrics (if any) are targets. */
  public EvalSpec(
      String id,
      EvalType type,
      String command,
      List<MetricSpec> metrics,
      Optional<Duration> timeout) {
    this(id, type, command, metrics, timeout, Role.TARGET);
  }

  /** Whether this eval is measured in the gate's pairs (its type is a metric type). */
  public boolean measures() {
    return type.measures();
  }
}
