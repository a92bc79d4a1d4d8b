package dev.kaizen.agent.config;

import dev.kaizen.evals.EvalEntry;
import dev.kaizen.evals.EvalRun;
import dev.kaizen.evals.EvalSpec;
import dev.kaizen.evals.EvalType;
import dev.kaizen.evals.MetricOutcome;
import dev.kaizen.evals.MetricSpec;
import dev.kaizen.evals.Role;
import dev.kaizen.sandbox.ExecResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;

/**
 * The extension example: an eval type that is not built in, written against the public contracts of
 * {@code dev.kaizen.evals} only. {@code type: metrics-file}: the command writes its metrics to
 * {@code file} (relative to the tree), one {@code name value} line each; {@code metrics} declares
 * them as for a command eval.
 *
 * <p>A type with settings of its own (here {@code file}) keeps them in the instance an eval's spec
 * holds: {@link #read} returns a spec whose type is a {@code MetricsFileEvalType} of that file.
 *
 * @param file where the command writes its metrics, relative to the tree
 */
public record MetricsFileEvalType(String file) implements EvalType {

  /** The instance to register: {@code EvalTypes.standard().with(MetricsFileEvalType.TYPE)}. */
  public static final MetricsFileEvalType TYPE = new MetricsFileEvalType("metrics.txt");

  @Override
  public String id() {
    return "metrics-file";
  }

  @Override
  public boolean measures() {
    return true;
  }

  @Override
  public List<String> keys() {
    return List.of("file", "metrics");
  }

  @Override
  public Optional<String> check(
      String id, String command, List<MetricSpec> metrics, Role benchmarkRole) {
    return metrics.isEmpty()
        ? Optional.of("metrics-file eval '" + id + "' declares no metrics")
        : Optional.empty();
  }

  @Override
  public EvalSpec read(EvalEntry entry) {
    String file = entry.parse("file", MetricsFileEvalType::relativePath);
    List<MetricSpec> metrics = entry.metrics();
    if (metrics.isEmpty())
      throw entry.error(
          "metrics", "a metrics-file eval must declare its metrics (name, better, role)");
    return new EvalSpec(
        entry.id(), new MetricsFileEvalType(file), entry.command(), metrics, entry.timeout());
  }

  private static String relativePath(String text) {
    if (Path.of(text).isAbsolute() || Path.of(text).normalize().startsWith("..")) {
      throw new IllegalArgumentException("must be a relative path inside the tree: '" + text + "'");
    }
    return text;
  }

  @Override
  public boolean mayHaveTargets(EvalSpec spec) {
    return spec.metrics().stream().anyMatch(m -> m.role() == Role.TARGET);
  }

  @Override
  public MetricOutcome measure(EvalSpec spec, EvalRun run) {
    Path out = run.tree().resolve(file);
    try {
      Files.deleteIfExists(out);
      ExecResult result = run.exec(spec.command());
      if (!result.succeeded()) return MetricOutcome.failed(run.failure(result));
      if (!Files.isRegularFile(out))
        return MetricOutcome.failed("eval '" + spec.id() + "': the command wrote no " + file);
      var values = new LinkedHashMap<String, Double>();
      for (String line : Files.readAllLines(out)) {
        String[] parts = line.strip().split("\\s+");
        if (parts.length == 2) values.put(parts[0], Double.parseDouble(parts[1]));
      }
      for (MetricSpec m : spec.metrics()) {
        if (!values.containsKey(m.name()))
          return MetricOutcome.failed("eval '" + spec.id() + "': " + file + " has no " + m.name());
      }
      values.keySet().retainAll(spec.metrics().stream().map(MetricSpec::name).toList());
      return MetricOutcome.of(values, spec.metrics());
    } catch (IOException | NumberFormatException e) {
      return MetricOutcome.failed(
          "eval '" + spec.id() + "': cannot read " + file + ": " + e.getMessage());
    }
  }
}
