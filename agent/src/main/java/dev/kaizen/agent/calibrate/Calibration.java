package dev.kaizen.agent.calibrate;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.Progress;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.project.CalibrationReport;
import dev.kaizen.agent.project.Judge;
import dev.kaizen.agent.project.Project;
import dev.kaizen.agent.project.Trees;
import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.evals.AlphaSpending;
import dev.kaizen.evals.GateSettings;
import dev.kaizen.evals.Look;
import dev.kaizen.evals.TreeCheck;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One calibration of a repository's gate: two copies of a revision, the first built and tested (or
 * its tests taken from the cache), the second built; then the A/A trials and, where the sandbox has
 * a CPU quota, the planted ones (see {@link Calibrator}).
 */
public final class Calibration {

  private Calibration() {}

  /**
   * Calibrates {@code project}'s gate on {@code commit}.
   *
   * @param levels the planted improvements, each in (0, 1)
   * @param save keep the result in the workspace (its noise floor then raises the gate's
   *     threshold); not for a fixture
   * @throws UsageException when no target metric is configured
   * @throws EnvironmentException when the revision fails its build or tests
   */
  public static CalibrationResult run(
      Project project,
      String commit,
      int trials,
      int powerTrials,
      List<Double> levels,
      boolean save,
      Progress progress) {
    try (Trees trees = project.trees("calibrate")) {
      Path a = trees.export(commit, "a");
      KaizenConfig config = project.config(commit, a);
      if (!config.suite().hasTargets()) {
        throw new UsageException(
            "no target metric is configured ("
                + config.source()
                + "): calibration measures a benchmark");
      }
      Path b = trees.export(commit, "b");
      try (Judge judge = Judge.open(project, config, commit, a, progress)) {
        TreeCheck checkA = judge.checkBaseline();
        if (!checkA.ok())
          throw new EnvironmentException("the baseline itself fails: " + checkA.problem().get());
        progress.step("building the second copy");
        TreeCheck checkB = judge.suite().build(b, checkA.tests());
        if (!checkB.ok())
          throw new EnvironmentException(
              "the second copy fails to build: " + checkB.problem().get());
        var sides = new Calibrator.Sides(a, checkA, b, checkB);
        var calibrator = new Calibrator(config.gate(), judge.suite(), progress, Clock.systemUTC());

        double cpus = config.sandbox().limits().cpus();
        boolean canPlant = judge.sandbox().capabilities().cpuQuota() && cpus > 0;
        if (!canPlant && powerTrials > 0) {
          progress.warn(
              "planted trials need a CPU quota, which only the docker backend has: only A/A trials run");
        }
        progress.info(
            "calibrating on "
                + Workspace.abbreviate(commit)
                + ": "
                + trials
                + " A/A trials"
                + (canPlant && powerTrials > 0
                    ? ", " + powerTrials + " per planted level " + percents(levels)
                    : ""));
        CalibrationReport.AaResult aa = calibrator.aa(sides, trials);
        var powers = new ArrayList<CalibrationReport.PowerResult>();
        if (canPlant && powerTrials > 0) {
          for (double level : levels)
            powers.add(calibrator.planted(sides, level, cpus, powerTrials));
        }
        GateSettings g = config.gate();
        var report =
            new CalibrationReport(
                Instant.now().toString(),
                commit,
                config.suiteHash(),
                judge.backend(),
                cpus,
                g.alpha(),
                g.minEffect(),
                g.minPairs(),
                g.maxPairs(),
                aa,
                powers,
                Calibrator.plantDescription(),
                sessionLevel(g, config.budget().maxIterations()));
        if (!save) return new CalibrationResult(report, Optional.empty());
        project.calibrations().save(config, report);
        return new CalibrationResult(report, Optional.of(project.calibrations().file(config)));
      }
    }
  }

  /** How a session with this gate and budget spends α on its first lone candidate. */
  private static CalibrationReport.SessionLevel sessionLevel(GateSettings gate, int budget) {
    GateSettings first = gate.atLevel(AlphaSpending.over(gate.alpha(), budget).firstLevel());
    List<Look> looks = Look.plan(first);
    return new CalibrationReport.SessionLevel(
        budget, first.alpha(), looks.stream().map(Look::pairs).toList(), Look.reachable(looks));
  }

  /** The levels as the command line gave them: {@code [2.0, 5.0, 10.0]}. */
  private static String percents(List<Double> levels) {
    return levels.stream().map(l -> Math.rint(1e9 * 100 * l) / 1e9).toList().toString();
  }
}
