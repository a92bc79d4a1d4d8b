package dev.kaizen.agent.calibrate;

import dev.kaizen.agent.Progress;
import dev.kaizen.agent.project.CalibrationReport.AaResult;
import dev.kaizen.agent.project.CalibrationReport.PowerResult;
import dev.kaizen.evals.Decision;
import dev.kaizen.evals.EvalListener;
import dev.kaizen.evals.EvalSuite;
import dev.kaizen.evals.Evidence;
import dev.kaizen.evals.Gate;
import dev.kaizen.evals.GateSettings;
import dev.kaizen.evals.TreeCheck;
import dev.kaizen.evals.stats.BinomialBounds;
import dev.kaizen.evals.stats.HodgesLehmann;
import dev.kaizen.evals.stats.ProportionInterval;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.random.RandomGeneratorFactory;

/**
 * Runs calibration trials: each trial is one whole gate decision, with its own pairs, on two copies
 * of the same revision.
 *
 * <p><b>A/A.</b> Both sides run at the configured CPU quota. Nothing differs, so every acceptance
 * is false: their share estimates the false-accept rate, which must stay at or below α.
 *
 * <p><b>Planted slowdown.</b> The baseline side runs at {@code cpus / (1 + s)}: a CPU-bound process
 * that saturates its quota then takes {@code 1 + s} times as long, so the candidate (the same
 * revision at full quota) is an improvement of {@code s}. A quota slows the whole process
 * uniformly, needs no change to the project's code, and works on any project's benchmark. Its
 * limits: the kernel enforces a quota per 100 ms period, so a benchmark that times operations much
 * shorter than that and keeps their median can miss the slowdown (the report shows what the gate
 * saw of it), and a process that does not saturate its quota (I/O, sleeps) is slowed less. The
 * process sandbox has no quota: planted trials need the docker backend.
 */
public final class Calibrator {

  private final GateSettings settings;
  private final EvalSuite suite;
  private final Progress progress;
  private final Clock clock;

  /**
   * @param settings the gate settings under test (the trusted configuration's)
   * @param suite the eval suite, measuring at the configured quota
   * @param progress hears a line per trial
   */
  public Calibrator(GateSettings settings, EvalSuite suite, Progress progress, Clock clock) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.suite = Objects.requireNonNull(suite, "suite");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Two copies of one revision, each checked (built; the tests of the first). Trials alternate
   * which copy is the baseline: two copies of the same code can differ systematically (where their
   * files lie, how the JIT lays out their code), and that difference belongs to the noise being
   * measured, in both directions.
   */
  public record Sides(
      Path baselineTree, TreeCheck baseline, Path candidateTree, TreeCheck candidate) {

    /** The sides of trial {@code n}: as given for odd trials, swapped for even ones. */
    Sides forTrial(int n) {
      return n % 2 == 1 ? this : new Sides(candidateTree, candidate, baselineTree, baseline);
    }
  }

  /** A/A trials. */
  public AaResult aa(Sides sides, int trials) {
    var estimates = new ArrayList<Double>();
    int accepted = 0;
    int rejected = 0;
    double pairs = 0;
    double seconds = 0;
    for (int i = 1; i <= trials; i++) {
      Instant start = clock.instant();
      Sides t = sides.forTrial(i);
      Decision d = gate(i).decide(t.baselineTree(), t.baseline(), t.candidateTree(), t.candidate());
      double took = Duration.between(start, clock.instant()).toMillis() / 1000.0;
      seconds += took;
      if (d instanceof Decision.Accepted) accepted++;
      if (d instanceof Decision.Rejected) rejected++;
      pairs += d.evidence().map(Evidence::pairs).orElse(0);
      d.evidence().map(Evidence::estimate).filter(Double::isFinite).ifPresent(estimates::add);
      progress.info(line("A/A", i, trials, d, took));
    }
    double floor =
        estimates.isEmpty()
            ? Double.NaN
            : percentile95(estimates.stream().mapToDouble(Math::abs).toArray());
    return new AaResult(
        trials,
        accepted,
        rejected,
        trials - accepted - rejected,
        (double) accepted / trials,
        BinomialBounds.upperBound(accepted, trials, 0.95),
        floor,
        pairs / trials,
        seconds / trials);
  }

  /** Trials whose baseline side is slowed by {@code effect} with a lower CPU quota. */
  public PowerResult planted(Sides sides, double effect, double cpus, int trials) {
    double baselineCpus = cpus / (1 + effect);
    EvalSuite slowed =
        new EvalSuite(suite.spec(), suite.sandbox(), suite.limits().withCpus(baselineCpus));
    var estimates = new ArrayList<Double>();
    int accepted = 0;
    double pairs = 0;
    double seconds = 0;
    String label = String.format(Locale.ROOT, "planted %.0f%%", 100 * effect);
    for (int i = 1; i <= trials; i++) {
      Instant start = clock.instant();
      Sides t = sides.forTrial(i);
      Decision d =
          gate(1000 * (int) Math.round(1000 * effect) + i)
              .measuringBaselineWith(slowed)
              .decide(t.baselineTree(), t.baseline(), t.candidateTree(), t.candidate());
      double took = Duration.between(start, clock.instant()).toMillis() / 1000.0;
      seconds += took;
      if (d instanceof Decision.Accepted) accepted++;
      pairs += d.evidence().map(Evidence::pairs).orElse(0);
      d.evidence().map(Evidence::estimate).filter(Double::isFinite).ifPresent(estimates::add);
      progress.info(line(label, i, trials, d, took));
    }
    ProportionInterval power = BinomialBounds.clopperPearson(accepted, trials, 0.95);
    double median =
        estimates.isEmpty()
            ? Double.NaN
            : HodgesLehmann.median(estimates.stream().mapToDouble(Double::doubleValue).toArray());
    return new PowerResult(
        effect,
        baselineCpus,
        trials,
        accepted,
        (double) accepted / trials,
        power.low(),
        power.high(),
        median,
        pairs / trials,
        seconds / trials);
  }

  private Gate gate(int trial) {
    var random = RandomGeneratorFactory.of("L64X128MixRandom").create(0x6b61697a656eL + trial);
    return new Gate(settings, suite, random, EvalListener.NONE); // one line per trial, not per pair
  }

  /** "A/A 17/100: rejected, estimate +0.2%, 10 pairs, 14 s". */
  private static String line(String label, int i, int of, Decision d, double seconds) {
    String estimate =
        d.evidence()
            .filter(e -> Double.isFinite(e.estimate()))
            .map(
                e ->
                    String.format(
                        Locale.ROOT, ", estimate %+.1f%%, %d pairs", 100 * e.estimate(), e.pairs()))
            .orElse("");
    return String.format(
        Locale.ROOT, "%s %d/%d: %s%s, %.0f s", label, i, of, d.kind(), estimate, seconds);
  }

  /** The 95th percentile (nearest rank). */
  static double percentile95(double[] values) {
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(0.95 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }

  /** A short description of the planting method, for the report. */
  public static String plantDescription() {
    return "CPU quota: the baseline side runs at cpus / (1 + s), so the candidate (the same revision at full quota) "
        + "is an improvement of s";
  }

  /** The levels as a list, validated. */
  public static List<Double> levels(List<Double> levels) {
    for (double l : levels) {
      if (!(l > 0 && l < 1))
        throw new IllegalArgumentException("a planted effect must be in (0, 1): " + l);
    }
    return List.copyOf(levels);
  }
}
