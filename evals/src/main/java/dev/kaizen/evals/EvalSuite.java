package dev.kaizen.evals;

import dev.kaizen.evals.jmh.JmhBenchmark;
import dev.kaizen.evals.jmh.JmhResultReader;
import dev.kaizen.evals.jmh.JmhResults;
import dev.kaizen.evals.junit.ReportSnapshot;
import dev.kaizen.evals.junit.SurefireReader;
import dev.kaizen.evals.junit.SurefireResult;
import dev.kaizen.evals.command.MetricLine;
import dev.kaizen.evals.command.MetricLineParser;
import dev.kaizen.evals.stats.HodgesLehmann;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.Sandbox;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Runs a suite's build and evals on a tree in a sandbox. Everything a command does wrong (a failed
 * build, a failing test, a bad metric line, a timeout) comes back as a problem in the result;
 * only a failure of the sandbox itself is thrown.
 *
 * <p>A test eval counts only the report files it wrote: reports already in the tree (from an
 * earlier eval, or committed) are left out by comparing the tree's reports before and after.
 */
public final class EvalSuite {

  static final int NAMED_FAILURES = 5;
  static final int MESSAGE_LIMIT = 150;

  /** Where a JMH eval's results go, at the tree's root: {@code .kaizen-jmh-<eval id>.json}. */
  static final String JMH_RESULTS_PREFIX = ".kaizen-jmh-";

  private final SuiteSpec spec;
  private final Sandbox sandbox;
  private final Limits limits;
  private final SurefireReader reports = new SurefireReader();

  public EvalSuite(SuiteSpec spec, Sandbox sandbox, Limits limits) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
    this.limits = Objects.requireNonNull(limits, "limits");
  }

  public SuiteSpec spec() {
    return spec;
  }

  /** The sandbox every command runs in. */
  public Sandbox sandbox() {
    return sandbox;
  }

  /** The limits every command runs under, unless its eval sets its own timeout. */
  public Limits limits() {
    return limits;
  }

  /** Runs the build (if any), then every junit eval, in the sandbox on tree. Problems as data. */
  public TreeCheck check(Path tree) {
    Objects.requireNonNull(tree, "tree");
    var logs = new ArrayList<EvalLog>();
    if (spec.build().isPresent()) {
      ExecResult build = run("build", spec.build().get(), tree, limits, logs);
      if (!build.succeeded()) {
        return new TreeCheck(TestReport.EMPTY, Optional.of(commandProblem("build", build, limits, tree)), logs);
      }
    }
    TestReport tests = TestReport.EMPTY;
    for (EvalSpec eval : spec.testEvals()) {
      ReportSnapshot before = ReportSnapshot.take(reports, tree);
      Limits evalLimits = limitsFor(eval);
      ExecResult result = run(eval.id(), eval.command(), tree, evalLimits, logs);
      SurefireResult read = reports.read(tree, before.writtenSince(reports, tree));
      tests = tests.plus(read.tests());
      Optional<String> problem = testProblem(eval, result, evalLimits, read, tree);
      if (problem.isPresent()) return new TreeCheck(tests, problem, logs);
    }
    return new TreeCheck(tests, Optional.empty(), logs);
  }

  /**
   * Runs the build only, for a tree whose tests already passed under this suite (a baseline whose
   * check is cached): the result carries {@code cachedTests}, or the build's failure.
   */
  public TreeCheck build(Path tree, TestReport cachedTests) {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(cachedTests, "cachedTests");
    var logs = new ArrayList<EvalLog>();
    if (spec.build().isPresent()) {
      ExecResult build = run("build", spec.build().get(), tree, limits, logs);
      if (!build.succeeded()) {
        return new TreeCheck(TestReport.EMPTY, Optional.of(commandProblem("build", build, limits, tree)), logs);
      }
    }
    return new TreeCheck(cachedTests, Optional.empty(), logs);
  }

  /**
   * Runs every command and JMH eval once (each a fresh sandbox exec, i.e. a fresh process) on
   * tree.
   */
  public Measurement measure(Path tree) {
    Objects.requireNonNull(tree, "tree");
    var logs = new ArrayList<EvalLog>();
    var values = new LinkedHashMap<String, Double>();
    var specs = new ArrayList<MetricSpec>();
    var replicates = new LinkedHashMap<String, List<Double>>();
    Duration wall = Duration.ZERO;
    OptionalLong peak = OptionalLong.empty();
    for (EvalSpec eval : spec.metricEvals()) {
      Limits evalLimits = limitsFor(eval);
      Path results = tree.resolve(JMH_RESULTS_PREFIX + eval.id() + ".json");
      String commandLine = eval.type() == EvalType.JMH
          ? eval.command().replace(EvalSpec.OUT, tree.relativize(results).toString())
          : eval.command();
      deleteQuietly(results);
      ExecResult result = run(eval.id(), commandLine, tree, evalLimits, logs);
      wall = wall.plus(result.elapsed());
      peak = max(peak, result.peakMemoryBytes());
      if (!result.succeeded()) {
        deleteQuietly(results);
        return Measurement.failed(commandProblem("eval '" + eval.id() + "'", result, evalLimits, tree), wall, peak, logs);
      }
      Optional<String> problem = eval.type() == EvalType.JMH
          ? readBenchmarks(eval, results, values, specs, replicates)
          : readMetricLine(eval, result, values, specs);
      if (problem.isPresent()) return Measurement.failed("eval '" + eval.id() + "': " + problem.get(), wall, peak, logs);
    }
    return new Measurement(values, specs, replicates, wall, peak, Optional.empty(), logs);
  }

  private static Optional<String> readMetricLine(
      EvalSpec eval, ExecResult result, Map<String, Double> values, List<MetricSpec> specs) {
    MetricLine line = MetricLineParser.parse(result.stdout(), eval.metrics());
    if (!line.ok()) return line.problem();
    values.putAll(line.values());
    specs.addAll(eval.metrics());
    return Optional.empty();
  }

  /**
   * Reads a JMH eval's results file (then deletes it): every benchmark becomes a metric whose value
   * is the median of its fork scores; better is higher for throughput, lower for times.
   */
  private static Optional<String> readBenchmarks(
      EvalSpec eval, Path results, Map<String, Double> values, List<MetricSpec> specs,
      Map<String, List<Double>> replicates) {
    JmhResults read = JmhResultReader.read(results);
    deleteQuietly(results);
    if (!read.problems().isEmpty()) return Optional.of(read.problems().get(0));
    if (read.benchmarks().isEmpty()) return Optional.of("the JMH results hold no benchmark");
    Map<String, MetricSpec> named = new LinkedHashMap<>();
    eval.metrics().forEach(m -> named.put(m.name(), m));
    for (JmhBenchmark b : read.benchmarks()) {
      MetricSpec metric = named.remove(b.name());
      if (metric == null) {
        metric = new MetricSpec(b.name(), b.higherIsBetter() ? Direction.HIGHER : Direction.LOWER, eval.benchmarkRole());
      }
      double value = HodgesLehmann.median(b.forkScores().stream().mapToDouble(Double::doubleValue).toArray());
      if (!Double.isFinite(value) || value <= 0) {
        return Optional.of("benchmark " + b.name() + " scored " + value + ": a score must be a finite number above 0");
      }
      if (values.putIfAbsent(metric.name(), value) != null) {
        return Optional.of("benchmark " + b.name() + " is reported twice");
      }
      specs.add(metric);
      replicates.put(metric.name(), b.forkScores());
    }
    if (!named.isEmpty()) {
      return Optional.of("benchmark " + named.keySet().iterator().next() + " is missing from the JMH results");
    }
    return Optional.empty();
  }

  private static OptionalLong max(OptionalLong a, OptionalLong b) {
    if (a.isEmpty()) return b;
    if (b.isEmpty()) return a;
    return OptionalLong.of(Math.max(a.getAsLong(), b.getAsLong()));
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // an unreadable leftover makes the next read fail with its own message
    }
  }

  private ExecResult run(String step, String commandLine, Path tree, Limits limits, List<EvalLog> logs) {
    ExecResult result = sandbox.exec(Command.shell(commandLine), tree, limits);
    logs.add(new EvalLog(step, commandLine, result));
    return result;
  }

  private Limits limitsFor(EvalSpec eval) {
    return eval.timeout().map(limits::withTimeout).orElse(limits);
  }

  private static Optional<String> testProblem(
      EvalSpec eval, ExecResult result, Limits limits, SurefireResult read, Path tree) {
    String what = "eval '" + eval.id() + "'";
    if (result.timedOut() || result.oomKilled()) return Optional.of(commandProblem(what, result, limits, tree));
    if (!read.tests().passed()) return Optional.of(failedTests(read.tests()));
    if (!result.succeeded()) return Optional.of(commandProblem(what, result, limits, tree));
    if (!read.problems().isEmpty()) return Optional.of(read.problems().get(0));
    if (!read.found()) {
      return Optional.of("no test reports under " + SurefireReader.REPORTS_DIR + " (" + what + " wrote none)");
    }
    return Optional.empty();
  }

  /** "build failed (exit 1): …", "eval 'tests' timed out after 10 min: …", "… was killed: out of memory". */
  static String commandProblem(String what, ExecResult result, Limits limits, Path tree) {
    String how;
    if (result.timedOut()) how = what + " timed out after " + Texts.duration(limits.timeout());
    else if (result.oomKilled()) how = what + " was killed: out of memory";
    else how = what + " failed (exit " + result.exitCode() + ")";
    String tail = OutputExcerpt.of(result, tree);
    return tail.isEmpty() ? how : how + ": " + tail;
  }

  /** "2 tests failed: demo.FooTest#adds: expected: <3> but was: <4>; demo.FooTest#divides: boom". */
  static String failedTests(TestReport tests) {
    int count = tests.failures() + tests.errors();
    var named = tests.failed().stream()
        .limit(NAMED_FAILURES)
        .map(f -> f.testId() + ": " + Texts.cut(f.message(), MESSAGE_LIMIT))
        .toList();
    String more = tests.failed().size() > NAMED_FAILURES ? "; … and " + (tests.failed().size() - NAMED_FAILURES) + " more" : "";
    return count + (count == 1 ? " test failed: " : " tests failed: ") + String.join("; ", named) + more;
  }
}
