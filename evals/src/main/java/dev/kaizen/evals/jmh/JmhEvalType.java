package dev.kaizen.evals.jmh;

import dev.kaizen.evals.CommandWorkload;
import dev.kaizen.evals.Direction;
import dev.kaizen.evals.EvalEntry;
import dev.kaizen.evals.EvalRun;
import dev.kaizen.evals.EvalSpec;
import dev.kaizen.evals.EvalSuggestion;
import dev.kaizen.evals.EvalType;
import dev.kaizen.evals.MetricOutcome;
import dev.kaizen.evals.MetricSpec;
import dev.kaizen.evals.Role;
import dev.kaizen.evals.stats.HodgesLehmann;
import dev.kaizen.sandbox.ExecResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code type: jmh}: a metric eval whose command runs JMH and writes its JSON results ({@code -rf
 * json -rff {out}}) to the file Kaizen puts in place of {@value #OUT}; every benchmark is a metric
 * valued at the median of its fork scores, higher-is-better for throughput and lower for times.
 * Benchmarks named in {@code metrics} get their own role; the others take the eval's {@code role}
 * ({@code target} unless given).
 */
public final class JmhEvalType implements EvalType {

  /** The placeholder a JMH eval's command holds for its results file. */
  public static final String OUT = "{out}";

  /**
   * JMH's options for a suggested eval: 2 forks of 3 warmup and 5 measurement iterations of 1 s,
   * JSON to {@value #OUT}.
   */
  public static final String OPTIONS = "-f 2 -wi 3 -i 5 -w 1s -r 1s -rf json -rff " + OUT;

  /** The name of the results file in a run's results directory. */
  static final String RESULTS_FILE = "jmh-results.json";

  @Override
  public String id() {
    return "jmh";
  }

  @Override
  public boolean measures() {
    return true;
  }

  @Override
  public List<String> keys() {
    return List.of("metrics", "role");
  }

  @Override
  public Optional<String> check(
      String id, String command, List<MetricSpec> metrics, Role benchmarkRole) {
    if (command.contains(OUT)) return Optional.empty();
    return Optional.of(
        "jmh eval '"
            + id
            + "' must write its results to "
            + OUT
            + " (for example: java -jar target/benchmarks.jar -rf json -rff "
            + OUT
            + ")");
  }

  @Override
  public EvalSpec read(EvalEntry entry) {
    List<MetricSpec> metrics = entry.metrics();
    Role role = entry.has("role") ? entry.parse("role", Role::parseMetricRole) : Role.TARGET;
    if (!entry.command().contains(OUT)) {
      throw entry.error(
          "command",
          "a jmh eval must write its results to "
              + OUT
              + ", as in: java -jar target/benchmarks.jar -rf json -rff "
              + OUT);
    }
    return new EvalSpec(entry.id(), this, entry.command(), metrics, entry.timeout(), role);
  }

  @Override
  public boolean mayHaveTargets(EvalSpec spec) {
    return spec.benchmarkRole() == Role.TARGET
        || spec.metrics().stream().anyMatch(m -> m.role() == Role.TARGET);
  }

  /**
   * Runs the benchmarks with their results written to {@value #RESULTS_FILE} in the run's results
   * directory, outside the tree (the command sees it as {@code $KAIZEN_RESULTS}), then reads that
   * file without following links.
   */
  @Override
  public MetricOutcome measure(EvalSpec spec, EvalRun run) {
    Path results = run.results();
    ExecResult result =
        run.exec(spec.command().replace(OUT, "\"$KAIZEN_RESULTS\"/" + RESULTS_FILE));
    if (!result.succeeded()) return MetricOutcome.failed(run.failure(result));
    return benchmarks(spec, JmhResultReader.read(results, Path.of(RESULTS_FILE)));
  }

  /** Every benchmark as a metric whose value is the median of its fork scores. */
  private static MetricOutcome benchmarks(EvalSpec spec, JmhResults read) {
    String eval = "eval '" + spec.id() + "': ";
    if (!read.problems().isEmpty()) return MetricOutcome.failed(eval + read.problems().get(0));
    if (read.benchmarks().isEmpty())
      return MetricOutcome.failed(eval + "the JMH results hold no benchmark");
    Map<String, MetricSpec> named = new LinkedHashMap<>();
    spec.metrics().forEach(m -> named.put(m.name(), m));
    var values = new LinkedHashMap<String, Double>();
    var specs = new ArrayList<MetricSpec>();
    var replicates = new LinkedHashMap<String, List<Double>>();
    for (JmhBenchmark b : read.benchmarks()) {
      MetricSpec metric = named.remove(b.name());
      if (metric == null) {
        metric =
            new MetricSpec(
                b.name(),
                b.higherIsBetter() ? Direction.HIGHER : Direction.LOWER,
                spec.benchmarkRole());
      }
      double value =
          HodgesLehmann.median(b.forkScores().stream().mapToDouble(Double::doubleValue).toArray());
      if (!Double.isFinite(value) || value <= 0) {
        return MetricOutcome.failed(
            eval
                + "benchmark "
                + b.name()
                + " scored "
                + value
                + ": a score must be a finite number above 0");
      }
      if (values.putIfAbsent(metric.name(), value) != null) {
        return MetricOutcome.failed(eval + "benchmark " + b.name() + " is reported twice");
      }
      specs.add(metric);
      replicates.put(metric.name(), b.forkScores());
    }
    if (!named.isEmpty()) {
      return MetricOutcome.failed(
          eval
              + "benchmark "
              + named.keySet().iterator().next()
              + " is missing from the JMH results");
    }
    return new MetricOutcome(values, specs, replicates, Optional.empty());
  }

  /** The command with its results written to {@code scratchFile}. */
  @Override
  public Optional<String> profileCommand(EvalSpec spec, String scratchFile) {
    return Optional.of(spec.command().replace(OUT, scratchFile));
  }

  /** {@code every benchmark of the JMH eval 'jmh': target}, unless it names its benchmarks. */
  @Override
  public List<String> describe(EvalSpec spec) {
    if (!spec.metrics().isEmpty()) return List.of();
    return List.of(
        "every benchmark of the JMH eval '" + spec.id() + "': " + spec.benchmarkRole().id());
  }

  /**
   * The benchmarks {@link JmhSetup#detect} finds: their whole module, or, when the benchmarks live
   * in the root module beside the code they measure, the files declaring {@code @Benchmark}; the
   * sources of another module whose jar the command runs; and the files and folders it names. The
   * words after the jar are JMH's benchmark patterns, not class names, and protect nothing.
   */
  @Override
  public List<String> workload(EvalSpec spec, Path tree) {
    var globs = new LinkedHashSet<String>();
    JmhSetup.detect(tree)
        .ifPresent(
            setup ->
                globs.addAll(
                    setup.module().isEmpty()
                        ? setup.benchmarkSources()
                        : List.of(setup.module() + "/**")));
    CommandWorkload named = CommandWorkload.of(spec.command(), tree);
    named.programs().stream().filter(m -> !m.isEmpty()).forEach(m -> globs.add(m + "/src/**"));
    globs.addAll(named.paths());
    return List.copyOf(globs);
  }

  /** A jmh eval running the benchmark jar of the Maven module {@link JmhSetup#detect} finds. */
  @Override
  public Optional<EvalSuggestion> suggest(Path tree) {
    return JmhSetup.detect(tree).map(setup -> JmhSuggestion.of(this, setup));
  }

  @Override
  public String toString() {
    return id();
  }
}
