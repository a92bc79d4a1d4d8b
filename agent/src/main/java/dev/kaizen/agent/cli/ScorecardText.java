package dev.kaizen.agent.cli;

import dev.kaizen.agent.Quantities;
import dev.kaizen.agent.api.EvaluateResult;
import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.evals.EvalLog;
import dev.kaizen.evals.Measurement;
import dev.kaizen.evals.MetricSpec;
import dev.kaizen.evals.TestFailure;
import dev.kaizen.sandbox.ExecResult;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Locale;

/**
 * How {@code eval}'s scorecard reads on the terminal: tests, metrics, and each run's wall time and
 * peak memory.
 */
final class ScorecardText {

  private ScorecardText() {}

  static void print(PrintStream out, EvaluateResult r) {
    out.println(
        "scorecard of "
            + Workspace.abbreviate(r.commit())
            + " ("
            + r.rev()
            + "), configuration: "
            + r.config());
    var t = r.check().tests();
    out.printf(
        Locale.ROOT,
        "  tests     %d run, %d failed, %d errors, %d skipped%n",
        t.run(),
        t.failures(),
        t.errors(),
        t.skipped());
    for (TestFailure f : t.failed()) out.println("    failed  " + f.testId() + ": " + f.message());
    r.check().problem().ifPresent(p -> out.println("  problem   " + p));
    r.measurement().ifPresent(m -> printMetrics(out, m));
    out.printf(Locale.ROOT, "  %-20s %10s %12s  %s%n", "run", "wall", "peak memory", "result");
    var logs = new ArrayList<>(r.check().logs());
    r.measurement().ifPresent(m -> logs.addAll(m.logs()));
    for (EvalLog log : logs) {
      ExecResult x = log.result();
      out.printf(
          Locale.ROOT,
          "  %-20s %8d ms %12s  %s%n",
          log.step(),
          x.elapsed().toMillis(),
          x.peakMemoryBytes().isPresent()
              ? Quantities.formatBytes(x.peakMemoryBytes().getAsLong())
              : "n/a",
          x.succeeded() ? "ok" : x.summary());
    }
  }

  private static void printMetrics(PrintStream out, Measurement m) {
    if (m.problem().isPresent()) {
      out.println("  metrics   " + m.problem().get());
      return;
    }
    int width = Math.max(9, m.specs().stream().mapToInt(s -> s.name().length()).max().orElse(0));
    for (MetricSpec spec : m.specs()) {
      out.printf(
          Locale.ROOT,
          "  %-" + width + "s %.6g  (%s is better, %s%s)%n",
          spec.name(),
          m.metrics().get(spec.name()),
          spec.better().id(),
          spec.role().id(),
          forks(m, spec.name()));
    }
  }

  private static String forks(Measurement m, String metric) {
    var forks = m.replicates().get(metric);
    return forks == null
        ? ""
        : ", median of " + forks.size() + (forks.size() == 1 ? " fork" : " forks");
  }
}
