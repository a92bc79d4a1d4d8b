package dev.kaizen.agent.cli;

import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.api.CalibrateRequest;
import dev.kaizen.agent.api.Kaizen;
import dev.kaizen.agent.calibrate.CalibrationResult;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen calibrate}: the gate's false-accept rate and power, measured on this machine. */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = {
      "Proves the gate on this machine. A/A trials run a revision against itself (every acceptance is false);",
      "planted trials run the baseline side under a lower CPU quota, cpus / (1 + s), so the candidate is a known",
      "improvement of s (needs the docker backend). Prints the false-accept rate with its 95% upper bound, the A/A",
      "noise floor, and the power per level; keeps the result in the workspace, where its noise floor raises the",
      "gate's threshold when it is above min-effect."
    })
final class CalibrateCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Mixin UnsandboxedOption unsandboxed;

  @Option(
      names = "--rev",
      paramLabel = "REV",
      defaultValue = "HEAD",
      description = "The revision to run on both sides (default: ${DEFAULT-VALUE}).")
  String rev;

  @Option(
      names = "--trials",
      paramLabel = "N",
      defaultValue = "100",
      description = "A/A trials (default: ${DEFAULT-VALUE}).")
  int trials;

  @Option(
      names = "--power-trials",
      paramLabel = "N",
      defaultValue = "30",
      description = "Trials per planted level (default: ${DEFAULT-VALUE}; 0 skips them).")
  int powerTrials;

  @Option(
      names = "--levels",
      paramLabel = "PCT",
      split = ",",
      defaultValue = "2,5,10",
      description = "Planted improvements in percent (default: ${DEFAULT-VALUE}).")
  List<Double> levels;

  @Option(
      names = "--fixture",
      description =
          "Calibrate on Kaizen's own CPU-bound fixture (a fresh repository in a temporary folder) instead of this repository.")
  boolean fixture;

  @Override
  public Integer call() {
    if (trials < 1) throw new UsageException("--trials must be at least 1, not " + trials);
    if (powerTrials < 0)
      throw new UsageException("--power-trials must not be negative, not " + powerTrials);
    var planted = new ArrayList<Double>();
    for (double pct : levels) {
      if (!(pct > 0 && pct < 100))
        throw new UsageException(
            "--levels: a planted improvement must be between 0 and 100 percent, not " + pct);
      planted.add(pct / 100);
    }
    try (Kaizen kaizen = root.kaizen(unsandboxed)) {
      CalibrationResult r =
          kaizen.calibrate(new CalibrateRequest(rev, trials, powerTrials, planted, fixture));
      if (root.json) {
        JsonDocuments.print(root.out, r.report());
      } else {
        CalibrationText.print(root.out, r.report(), r.savedTo());
      }
      return Main.OK;
    }
  }
}
