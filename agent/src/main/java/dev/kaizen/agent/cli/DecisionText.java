package dev.kaizen.agent.cli;

import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.evals.Decision;
import dev.kaizen.evals.Evidence;
import dev.kaizen.evals.MetricComparison;
import java.io.PrintStream;
import java.util.Locale;

/** How the gate's decision reads on the terminal: its kind, its reasons, and its numbers. */
final class DecisionText {

  private DecisionText() {}

  /** {@code ACCEPTED: <candidate> against <base>}, the reasons, and the evidence. */
  static void print(PrintStream out, String base, String candidate, Decision d) {
    out.println(
        d.kind().toUpperCase(Locale.ROOT)
            + ": "
            + Workspace.abbreviate(candidate)
            + " against "
            + Workspace.abbreviate(base));
    for (String r : d.reasons()) out.println("  " + r);
    d.evidence().ifPresent(e -> printEvidence(out, e));
  }

  /** The effect with its interval, p and pairs, then each metric's medians. */
  static void printEvidence(PrintStream out, Evidence e) {
    out.printf(
        Locale.ROOT,
        "  effect %+.1f%% (%.0f%% CI %+.1f%% … %+.1f%%), p = %.2g, %d pairs, threshold %.1f%% (%s)%n",
        100 * e.estimate(),
        100 * e.confidence(),
        100 * e.ciLow(),
        100 * e.ciHigh(),
        e.pValue(),
        e.pairs(),
        100 * e.threshold(),
        e.thresholdSource());
    int width = Math.max(20, e.metrics().stream().mapToInt(c -> c.name().length()).max().orElse(0));
    out.printf(
        Locale.ROOT,
        "  %-" + width + "s %-7s %14s %14s %9s%n",
        "metric",
        "role",
        "baseline",
        "candidate",
        "change");
    for (MetricComparison c : e.metrics()) {
      out.printf(
          Locale.ROOT,
          "  %-" + width + "s %-7s %14.6g %14.6g %+8.1f%%%n",
          c.name(),
          c.role().id(),
          c.baselineMedian(),
          c.candidateMedian(),
          100 * c.improvement());
    }
  }
}
