package dev.kaizen.agent.project;

import java.util.List;
import java.util.Objects;

/**
 * What a calibration measured, as it is printed with {@code --json} and kept in the workspace.
 *
 * @param date when it finished (ISO-8601)
 * @param commit the revision both sides ran
 * @param suiteHash the eval suite's hash (see {@code KaizenConfig.suiteHash()})
 * @param sandbox the sandbox backend
 * @param cpus the CPU quota of the full-speed side
 * @param alpha the gate's α
 * @param minEffect the gate's min-effect
 * @param minPairs the gate's pairs.min
 * @param maxPairs the gate's pairs.max
 * @param aa the A/A trials
 * @param planted the planted-slowdown trials, one entry per level
 * @param plant how the slowdown was planted, in words
 * @param session how {@code improve} spends α over a session; null in a report written before
 *     sessions spent α
 */
public record CalibrationReport(
    String date,
    String commit,
    String suiteHash,
    String sandbox,
    double cpus,
    double alpha,
    double minEffect,
    int minPairs,
    int maxPairs,
    AaResult aa,
    List<PowerResult> planted,
    String plant,
    SessionLevel session) {

  public CalibrationReport {
    Objects.requireNonNull(aa, "aa");
    planted = List.copyOf(planted);
  }

  /**
   * How a session spends the gate's α over its iteration budget (see {@code
   * dev.kaizen.evals.AlphaSpending}): the trials above test one candidate at α, a session's lone
   * candidate is tested at α divided by the budget, so that a session accepts anything that is not
   * better with probability at most α.
   *
   * @param budget {@code budget.max-iterations}
   * @param level the level of a session's first lone candidate: α / budget
   * @param looks the usable pairs at each of the gate's looks at that level
   * @param reachable whether {@code pairs.max} pairs can reach that level at all
   */
  public record SessionLevel(int budget, double level, List<Integer> looks, boolean reachable) {

    public SessionLevel {
      looks = List.copyOf(looks);
    }
  }

  /**
   * The A/A trials: the same revision on both sides, so every acceptance is a false one.
   *
   * @param trials trials run
   * @param accepted false acceptances
   * @param rejected trials rejected (shown to be no better than τ)
   * @param inconclusive trials that ended inconclusive
   * @param rate the false-accept rate
   * @param upper95 the one-sided 95% Clopper–Pearson upper bound of the rate
   * @param noiseFloor the 95th percentile of the trials' absolute effect estimates (relative)
   * @param meanPairs the mean of the usable pairs per trial
   * @param meanSeconds the mean duration of a trial
   */
  public record AaResult(
      int trials,
      int accepted,
      int rejected,
      int inconclusive,
      double rate,
      double upper95,
      double noiseFloor,
      double meanPairs,
      double meanSeconds) {}

  /**
   * The trials of one planted slowdown.
   *
   * @param effect the planted improvement of the candidate (0.05: the baseline runs 5% slower)
   * @param baselineCpus the baseline side's CPU quota that plants it
   * @param trials trials run
   * @param accepted trials accepted: the power is {@code accepted / trials}
   * @param power the share accepted
   * @param low the two-sided 95% Clopper–Pearson lower bound of the power
   * @param high the upper bound
   * @param medianEstimate the median of the trials' effect estimates: what the gate saw of the
   *     planted effect
   * @param meanPairs the mean of the usable pairs per trial
   * @param meanSeconds the mean duration of a trial
   */
  public record PowerResult(
      double effect,
      double baselineCpus,
      int trials,
      int accepted,
      double power,
      double low,
      double high,
      double medianEstimate,
      double meanPairs,
      double meanSeconds) {}
}
