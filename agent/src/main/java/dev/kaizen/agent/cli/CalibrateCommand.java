package dev.kaizen.agent.cli;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.calibrate.CalibrationFixture;
import dev.kaizen.agent.calibrate.CalibrationReport;
import dev.kaizen.agent.calibrate.CalibrationReport.AaResult;
import dev.kaizen.agent.calibrate.CalibrationReport.PowerResult;
import dev.kaizen.agent.calibrate.Calibrations;
import dev.kaizen.agent.calibrate.Calibrator;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.loop.Project;
import dev.kaizen.agent.loop.Trees;
import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.evals.EvalSuite;
import dev.kaizen.evals.GateSettings;
import dev.kaizen.evals.TreeCheck;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.support.Directories;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen calibrate}: the gate's false-accept rate and power, measured on this machine. */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = {
        "Proves the gate on this machine. A/A trials run a revision against itself (every acceptance is false);",
        "planted trials run the baseline side under a lower CPU quota, cpus / (1 + s), so the candidate is a known",
        "improvement of s (needs the docker backend). Prints the false-accept rate with its 95% upper bound, the A/A",
        "noise floor, and the power per level; keeps the result in the workspace, where its noise floor raises the",
        "gate's threshold when it is above min-effect."})
final class CalibrateCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Option(names = "--rev", paramLabel = "REV", defaultValue = "HEAD", description = "The revision to run on both sides (default: ${DEFAULT-VALUE}).")
  String rev;

  @Option(names = "--trials", paramLabel = "N", defaultValue = "100", description = "A/A trials (default: ${DEFAULT-VALUE}).")
  int trials;

  @Option(names = "--power-trials", paramLabel = "N", defaultValue = "30", description = "Trials per planted level (default: ${DEFAULT-VALUE}; 0 skips them).")
  int powerTrials;

  @Option(names = "--levels", paramLabel = "PCT", split = ",", defaultValue = "2,5,10",
      description = "Planted improvements in percent (default: ${DEFAULT-VALUE}).")
  List<Double> levels;

  @Option(names = "--fixture", description = "Calibrate on Kaizen's own CPU-bound fixture (a fresh repository in a temporary folder) instead of this repository.")
  boolean fixture;

  @Override
  public Integer call() {
    if (trials < 1) throw new UsageException("--trials must be at least 1, not " + trials);
    if (powerTrials < 0) throw new UsageException("--power-trials must not be negative, not " + powerTrials);
    var planted = new ArrayList<Double>();
    for (double pct : levels) {
      if (!(pct > 0 && pct < 100)) throw new UsageException("--levels: a planted improvement must be between 0 and 100 percent, not " + pct);
      planted.add(pct / 100);
    }
    if (!fixture) return calibrate(root.repoOrCurrentDirectory(), root.workspaceDir(), root.configFile(), planted);
    Path dir;
    try {
      dir = Files.createTempDirectory("kaizen-calibration-");
    } catch (IOException e) {
      throw new EnvironmentException("cannot create a temporary folder: " + e.getMessage(), e);
    }
    try {
      CalibrationFixture.create(dir.resolve("fixture"));
      root.progress().info("calibration fixture: " + dir.resolve("fixture") + " (CPU-bound Spin benchmark)");
      return calibrate(dir.resolve("fixture"), Optional.of(dir.resolve("workspace")), Optional.empty(), planted);
    } finally {
      Directories.deleteQuietly(dir);
    }
  }

  private int calibrate(Path repo, Optional<Path> workspaceDir, Optional<Path> configFile, List<Double> planted) {
    ConsoleProgress progress = root.progress();
    try (Project project = Project.open(repo, workspaceDir)) {
      String commit = project.workspace().resolve(fixture ? "HEAD" : rev);
      try (Trees trees = project.trees("calibrate")) {
        Path a = trees.export(commit, "a");
        KaizenConfig config = project.config(commit, a, configFile);
        if (!config.suite().hasTargets()) {
          throw new UsageException("no target metric is configured (" + config.source() + "): calibration measures a benchmark");
        }
        Path b = trees.export(commit, "b");
        project.prepare(config, commit, a, progress);
        try (Sandbox sandbox = Project.openSandbox(config, progress)) {
          var suite = new EvalSuite(config.suite(), sandbox, config.sandbox().limits());
          TreeCheck checkA = project.checkBaseline(suite, config, commit, a, progress);
          if (!checkA.ok()) throw new EnvironmentException("the baseline itself fails: " + checkA.problem().get());
          progress.step("building the second copy");
          TreeCheck checkB = suite.build(b, checkA.tests());
          if (!checkB.ok()) throw new EnvironmentException("the second copy fails to build: " + checkB.problem().get());
          var sides = new Calibrator.Sides(a, checkA, b, checkB);
          var calibrator = new Calibrator(config.gate(), suite, progress, Clock.systemUTC());

          double cpus = config.sandbox().limits().cpus();
          boolean canPlant = sandbox.capabilities().cpuQuota() && cpus > 0;
          if (!canPlant && powerTrials > 0) {
            progress.warn("planted trials need a CPU quota, which only the docker backend has: only A/A trials run");
          }
          progress.info("calibrating on " + Workspace.abbreviate(commit) + ": " + trials + " A/A trials"
              + (canPlant && powerTrials > 0 ? ", " + powerTrials + " per planted level " + levels : ""));
          AaResult aa = calibrator.aa(sides, trials);
          var powers = new ArrayList<PowerResult>();
          if (canPlant) {
            for (double level : planted) {
              if (powerTrials > 0) powers.add(calibrator.planted(sides, level, cpus, powerTrials));
            }
          }
          GateSettings g = config.gate();
          var report = new CalibrationReport(java.time.Instant.now().toString(), commit, config.suiteHash(),
              sandbox.backend(), cpus, g.alpha(), g.minEffect(), g.minPairs(), g.maxPairs(), aa, powers,
              Calibrator.plantDescription());
          if (!fixture) Calibrations.save(project.workspaceDir(), config, report);
          if (root.json) {
            root.out.print(Json.pretty(report));
          } else {
            print(root.out, report, fixture ? Optional.empty() : Optional.of(Calibrations.file(project.workspaceDir(), config)));
          }
          return Main.OK;
        }
      }
    }
  }

  static void print(PrintStream out, CalibrationReport r, Optional<Path> savedTo) {
    out.printf(Locale.ROOT, "calibration of %s (%s sandbox, %s cpus; α = %s, min-effect %.1f%%, pairs %d..%d)%n",
        Workspace.abbreviate(r.commit()), r.sandbox(), number(r.cpus()), number(r.alpha()), 100 * r.minEffect(),
        r.minPairs(), r.maxPairs());
    AaResult aa = r.aa();
    out.printf(Locale.ROOT, "  %-12s %4d trials  false accepts %d (%.1f%%, 95%% upper bound %.1f%%)  noise floor %.2f%%  %.1f pairs, %.0f s per trial%n",
        "A/A", aa.trials(), aa.accepted(), 100 * aa.rate(), 100 * aa.upper95(), 100 * aa.noiseFloor(), aa.meanPairs(),
        aa.meanSeconds());
    for (PowerResult p : r.planted()) {
      out.printf(Locale.ROOT, "  %-12s %4d trials  power %.0f%% (95%% CI %.0f%% … %.0f%%)  gate saw %+.1f%%  %.1f pairs, %.0f s per trial%n",
          String.format(Locale.ROOT, "planted %.0f%%", 100 * p.effect()), p.trials(), 100 * p.power(), 100 * p.low(),
          100 * p.high(), 100 * p.medianEstimate(), p.meanPairs(), p.meanSeconds());
    }
    out.printf(Locale.ROOT, "  false accepts ≤ α: %s (%d of %d)%n", aa.rate() <= r.alpha() ? "yes" : "NO", aa.accepted(), aa.trials());
    r.planted().stream().filter(p -> Math.abs(p.effect() - 0.05) < 1e-9).findFirst().ifPresent(p ->
        out.printf(Locale.ROOT, "  power ≥ 80%% at a 5%% effect: %s (%.0f%%)%n", p.power() >= 0.8 ? "yes" : "NO", 100 * p.power()));
    out.println("  planted by " + r.plant());
    savedTo.ifPresent(f -> out.println("  saved to " + f + (aa.noiseFloor() > r.minEffect()
        ? "; its noise floor is above min-effect, so the gate now tests against it"
        : "; its noise floor is below min-effect, so the gate keeps min-effect")));
  }

  private static String number(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }
}
