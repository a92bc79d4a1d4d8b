package dev.kaizen.evals.junit;

import dev.kaizen.evals.EvalEntry;
import dev.kaizen.evals.EvalRun;
import dev.kaizen.evals.EvalSpec;
import dev.kaizen.evals.EvalType;
import dev.kaizen.evals.MetricSpec;
import dev.kaizen.evals.Role;
import dev.kaizen.evals.TestOutcome;
import dev.kaizen.evals.TestReport;
import dev.kaizen.evals.Texts;
import dev.kaizen.sandbox.ExecResult;
import java.util.List;
import java.util.Optional;

/**
 * {@code type: junit}: a test eval that runs its command, then reads the Surefire reports it wrote
 * ({@code TEST-*.xml} under any {@value SurefireReader#REPORTS_DIR}). It passes when every test
 * passed, the command succeeded and it wrote a report.
 *
 * <p>It counts only the report files its command wrote: reports already in the tree (from an
 * earlier eval, or committed) are left out by comparing the tree's reports before and after.
 */
public final class JunitEvalType implements EvalType {

  /** The most failing tests a problem names. */
  static final int NAMED_FAILURES = 5;

  /** The longest failure message a problem quotes. */
  static final int MESSAGE_LIMIT = 150;

  @Override
  public String id() {
    return "junit";
  }

  @Override
  public boolean measures() {
    return false;
  }

  @Override
  public List<String> keys() {
    return List.of();
  }

  @Override
  public Optional<String> check(
      String id, String command, List<MetricSpec> metrics, Role benchmarkRole) {
    return metrics.isEmpty()
        ? Optional.empty()
        : Optional.of("junit eval '" + id + "' cannot declare metrics");
  }

  @Override
  public EvalSpec read(EvalEntry entry) {
    if (entry.has("metrics"))
      throw entry.error("metrics", "a junit eval reports tests, not metrics");
    if (entry.has("role"))
      throw entry.error(
          "role", "only a jmh eval has a role (a command eval gives each metric its own)");
    return new EvalSpec(entry.id(), this, entry.command(), List.of(), entry.timeout());
  }

  @Override
  public boolean mayHaveTargets(EvalSpec spec) {
    return false;
  }

  @Override
  public TestOutcome test(EvalSpec spec, EvalRun run) {
    var reports = new SurefireReader();
    ReportSnapshot before = ReportSnapshot.take(reports, run.tree());
    ExecResult result = run.exec(spec.command());
    SurefireResult read = reports.read(run.tree(), before.writtenSince(reports, run.tree()));
    return new TestOutcome(read.tests(), problem(spec, result, read, run));
  }

  private static Optional<String> problem(
      EvalSpec spec, ExecResult result, SurefireResult read, EvalRun run) {
    if (result.timedOut() || result.oomKilled()) return Optional.of(run.failure(result));
    if (!read.tests().passed()) return Optional.of(failedTests(read.tests()));
    if (!result.succeeded()) return Optional.of(run.failure(result));
    if (!read.problems().isEmpty()) return Optional.of(read.problems().get(0));
    if (!read.found()) {
      return Optional.of(
          "no test reports under "
              + SurefireReader.REPORTS_DIR
              + " (eval '"
              + spec.id()
              + "' wrote none)");
    }
    return Optional.empty();
  }

  /**
   * "2 tests failed: demo.FooTest#adds: expected: <3> but was: <4>; demo.FooTest#divides: boom".
   */
  static String failedTests(TestReport tests) {
    int count = tests.failures() + tests.errors();
    var named =
        tests.failed().stream()
            .limit(NAMED_FAILURES)
            .map(f -> f.testId() + ": " + Texts.cut(f.message(), MESSAGE_LIMIT))
            .toList();
    String more =
        tests.failed().size() > NAMED_FAILURES
            ? "; … and " + (tests.failed().size() - NAMED_FAILURES) + " more"
            : "";
    return count
        + (count == 1 ? " test failed: " : " tests failed: ")
        + String.join("; ", named)
        + more;
  }

  @Override
  public String toString() {
    return id();
  }
}
