package dev.kaizen.agent.cli;

import dev.kaizen.agent.project.CalibrationReport;
import dev.kaizen.agent.project.CalibrationReport.AaResult;
import dev.kaizen.agent.project.CalibrationReport.PowerResult;
import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.evals.Look;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How a calibration reads on the terminal: the A/A trials, each planted level, and the verdicts.
 */
final class CalibrationText {

  private CalibrationText() {}

  static void print(PrintStream out, CalibrationReport r, Optional<Path> savedTo) {
    out.printf(
        Locale.ROOT,
        "calibration of %s (%s sandbox, %s cpus; α = %s, min-effect %.1f%%, pairs %d..%d)%n",
        Workspace.abbreviate(r.commit()),
        r.sandbox(),
        number(r.cpus()),
        number(r.alpha()),
        100 * r.minEffect(),
        r.minPairs(),
        r.maxPairs());
    AaResult aa = r.aa();
    out.printf(
        Locale.ROOT,
        "  %-12s %4d trials  false accepts %d (%.1f%%, 95%% upper bound %.1f%%)  noise floor %.2f%%  %.1f pairs, %.0f s per trial%n",
        "A/A",
        aa.trials(),
        aa.accepted(),
        100 * aa.rate(),
        100 * aa.upper95(),
        100 * aa.noiseFloor(),
        aa.meanPairs(),
        aa.meanSeconds());
    for (PowerResult p : r.planted()) {
      out.printf(
          Locale.ROOT,
          "  %-12s %4d trials  power %.0f%% (95%% CI %.0f%% … %.0f%%)  gate saw %+.1f%%  %.1f pairs, %.0f s per trial%n",
          String.format(Locale.ROOT, "planted %.0f%%", 100 * p.effect()),
          p.trials(),
          100 * p.power(),
          100 * p.low(),
          100 * p.high(),
          100 * p.medianEstimate(),
          p.meanPairs(),
          p.meanSeconds());
    }
    out.printf(
        Locale.ROOT,
        "  false accepts ≤ α: %s (%d of %d)%n",
        aa.rate() <= r.alpha() ? "yes" : "NO",
        aa.accepted(),
        aa.trials());
    r.planted().stream()
        .filter(p -> Math.abs(p.effect() - 0.05) < 1e-9)
        .findFirst()
        .ifPresent(
            p ->
                out.printf(
                    Locale.ROOT,
                    "  power ≥ 80%% at a 5%% effect: %s (%.0f%%)%n",
                    p.power() >= 0.8 ? "yes" : "NO",
                    100 * p.power()));
    if (r.session() != null) printSession(out, r.session());
    out.println("  planted by " + r.plant());
    savedTo.ifPresent(
        f ->
            out.println(
                "  saved to "
                    + f
                    + (aa.noiseFloor() > r.minEffect()
                        ? "; its noise floor is above min-effect, so the gate now tests against it"
                        : "; its noise floor is below min-effect, so the gate keeps min-effect")));
  }

  private static void printSession(PrintStream out, CalibrationReport.SessionLevel s) {
    out.printf(
        Locale.ROOT,
        "  a session spends α over budget.max-iterations = %d: a lone candidate is tested at %.2g"
            + " (looks at %s pairs), so a session accepts anything not better with probability ≤ α;"
            + " the power above is one candidate's at α, a session's is lower%n",
        s.budget(),
        s.level(),
        s.looks().stream().map(String::valueOf).collect(Collectors.joining(" and ")));
    if (!s.reachable()) {
      out.printf(
          Locale.ROOT,
          "  NO candidate of a session can be accepted: %.2g needs at least %d pairs; raise"
              + " gate.pairs.max or gate.alpha, or lower budget.max-iterations%n",
          s.level(),
          Look.pairsToReach(s.level()));
    }
  }

  private static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
