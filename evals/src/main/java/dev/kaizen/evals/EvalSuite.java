package dev.kaizen.evals;

import dev.kaizen.evals.junit.ReportSnapshot;
import dev.kaizen.evals.junit.SurefireReader;
import dev.kaizen.evals.junit.SurefireResult;
import dev.kaizen.evals.metrics.MetricLine;
import dev.kaizen.evals.metrics.MetricLineParser;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.Sandbox;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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

  /** Runs every command eval once (each a fresh sandbox exec, i.e. a fresh process) on tree. */
  public Measurement measure(Path tree) {
    Objects.requireNonNull(tree, "tree");
    var logs = new ArrayList<EvalLog>();
    Map<String, Double> metrics = new LinkedHashMap<>();
    Duration wall = Duration.ZERO;
    for (EvalSpec eval : spec.metricEvals()) {
      Limits evalLimits = limitsFor(eval);
      ExecResult result = run(eval.id(), eval.command(), tree, evalLimits, logs);
      wall = wall.plus(result.elapsed());
      if (!result.succeeded()) {
        String problem = commandProblem("eval '" + eval.id() + "'", result, evalLimits, tree);
        return new Measurement(Map.of(), wall, Optional.of(problem), logs);
      }
      MetricLine line = MetricLineParser.parse(result.stdout(), eval.metrics());
      if (!line.ok()) {
        return new Measurement(Map.of(), wall, Optional.of("eval '" + eval.id() + "': " + line.problem().get()), logs);
      }
      metrics.putAll(line.values());
    }
    return new Measurement(metrics, wall, Optional.empty(), logs);
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
    String tail = OutputTail.of(result, tree);
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
