package dev.kaizen.evals.command;

import dev.kaizen.evals.EvalEntry;
import dev.kaizen.evals.EvalRun;
import dev.kaizen.evals.EvalSpec;
import dev.kaizen.evals.EvalType;
import dev.kaizen.evals.MetricOutcome;
import dev.kaizen.evals.MetricSpec;
import dev.kaizen.evals.Role;
import dev.kaizen.sandbox.ExecResult;
import java.util.List;
import java.util.Optional;

/**
 * {@code type: command}: a metric eval whose command prints, as its last stdout line, a JSON object
 * of the run's nonce ({@code $KAIZEN_NONCE}) and the metrics it declares ({@code metrics: [{name,
 * better, role}]}), read by {@link MetricLineParser}.
 */
public final class CommandEvalType implements EvalType {

  @Override
  public String id() {
    return "command";
  }

  @Override
  public boolean measures() {
    return true;
  }

  @Override
  public List<String> keys() {
    return List.of("metrics");
  }

  @Override
  public Optional<String> check(
      String id, String command, List<MetricSpec> metrics, Role benchmarkRole) {
    return metrics.isEmpty()
        ? Optional.of("command eval '" + id + "' declares no metrics")
        : Optional.empty();
  }

  @Override
  public EvalSpec read(EvalEntry entry) {
    List<MetricSpec> metrics = entry.metrics();
    if (metrics.isEmpty())
      throw entry.error("metrics", "a command eval must declare its metrics (name, better, role)");
    if (entry.has("role"))
      throw entry.error(
          "role", "only a jmh eval has a role (a command eval gives each metric its own)");
    return new EvalSpec(entry.id(), this, entry.command(), metrics, entry.timeout());
  }

  @Override
  public boolean mayHaveTargets(EvalSpec spec) {
    return spec.metrics().stream().anyMatch(m -> m.role() == Role.TARGET);
  }

  @Override
  public MetricOutcome measure(EvalSpec spec, EvalRun run) {
    ExecResult result = run.exec(spec.command());
    if (!result.succeeded()) return MetricOutcome.failed(run.failure(result));
    MetricLine line = MetricLineParser.parse(result.stdout(), spec.metrics(), run.nonce());
    if (!line.ok())
      return MetricOutcome.failed("eval '" + spec.id() + "': " + line.problem().get());
    return MetricOutcome.of(line.values(), spec.metrics());
  }

  @Override
  public String toString() {
    return id();
  }
}
