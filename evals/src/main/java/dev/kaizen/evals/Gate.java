package dev.kaizen.evals;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * Decides whether a candidate tree is measurably better than the trusted baseline.
 *
 * <ol>
 *   <li>The candidate's build and tests must pass, and it must keep every baseline test: none
 *       removed or disabled, no fewer executed, no more skipped. Otherwise {@link
 *       Decision.Rejected}, naming the tests.
 *   <li>Baseline and candidate are measured in interleaved pairs, each side a fresh process, the
 *       order shuffled with as many baseline-first as candidate-first pairs.
 *   <li>Per pair, {@code d} is the mean over target metrics of the oriented {@code
 *       ln(baseline/candidate)}. A one-sided Wilcoxon signed-rank test of {@code median(d) ≤
 *       ln(1+τ)} and the Hodges–Lehmann estimate with its 95% interval decide, where τ is {@code
 *       min-effect} or the measured A/A {@link NoiseFloor} when larger: accepted when significant,
 *       no guard may have regressed beyond {@code guard-max-regression} and every target held
 *       {@link Steadiness steady}; rejected when the whole interval lies below τ or a guard clearly
 *       regressed; otherwise more pairs, then inconclusive. See {@link PairedComparison} for the
 *       looks and their levels.
 *   <li>Several candidates at once: {@link #decideBatch} screens, confirms on fresh pairs, and
 *       adjusts across the batch (Benjamini–Hochberg).
 * </ol>
 *
 * <p>Every decision carries the candidate's tests; every decision that measured pairs carries the
 * {@link Evidence}.
 */
public final class Gate {

  private final GateSettings settings;
  private final EvalSuite suite;
  private final EvalSuite baselineMeasure;
  private final Threshold threshold;
  private final RandomGenerator random;
  private final EvalListener listener;

  /** A gate whose threshold τ is {@code min-effect}. */
  public Gate(
      GateSettings settings, EvalSuite suite, RandomGenerator random, EvalListener listener) {
    this(
        settings,
        suite,
        suite,
        Threshold.of(settings.minEffect(), Optional.empty()),
        random,
        listener);
  }

  private Gate(
      GateSettings settings,
      EvalSuite suite,
      EvalSuite baselineMeasure,
      Threshold threshold,
      RandomGenerator random,
      EvalListener listener) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.suite = Objects.requireNonNull(suite, "suite");
    this.baselineMeasure = Objects.requireNonNull(baselineMeasure, "baselineMeasure");
    this.threshold = Objects.requireNonNull(threshold, "threshold");
    this.random = Objects.requireNonNull(random, "random");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * This gate with τ raised to the measured A/A noise floor when that is above {@code min-effect}.
   */
  public Gate withNoiseFloor(Optional<NoiseFloor> floor) {
    return new Gate(
        settings,
        suite,
        baselineMeasure,
        Threshold.of(settings.minEffect(), floor),
        random,
        listener);
  }

  /**
   * This gate measuring the baseline side with another suite: for calibration only, where the
   * baseline runs under a lower CPU quota (a planted slowdown), so that the candidate, the same
   * revision at full quota, is a known improvement. Everything that judges (evals, settings) stays
   * the same.
   */
  public Gate measuringBaselineWith(EvalSuite slowedSuite) {
    return new Gate(settings, suite, slowedSuite, threshold, random, listener);
  }

  /**
   * This gate testing at another significance level: a session's share of its α for the next
   * candidates ({@link AlphaSpending}). Everything else stays the same.
   */
  public Gate atLevel(double level) {
    return new Gate(settings.atLevel(level), suite, baselineMeasure, threshold, random, listener);
  }

  public GateSettings settings() {
    return settings;
  }

  /** τ, and where it came from. */
  public Threshold threshold() {
    return threshold;
  }

  /**
   * Checks the candidate (build + tests) against the trusted baseline's check, then measures
   * interleaved pairs and decides.
   *
   * @throws BrokenBaselineException when the baseline's check failed or its benchmark fails in most
   *     pairs
   */
  public Decision decide(Path baselineTree, TreeCheck baseline, Path candidateTree) {
    Objects.requireNonNull(candidateTree, "candidateTree");
    requireSound(baseline);
    listener.step("checking the candidate");
    return decide(baselineTree, baseline, candidateTree, suite.check(candidateTree));
  }

  /**
   * Decides on a candidate whose check the caller already ran with this gate's suite (to keep its
   * logs), comparing its tests with the baseline's, then measuring interleaved pairs.
   *
   * @throws BrokenBaselineException when the baseline's check failed or its benchmark fails in most
   *     pairs
   */
  public Decision decide(
      Path baselineTree, TreeCheck baseline, Path candidateTree, TreeCheck candidate) {
    Objects.requireNonNull(baselineTree, "baselineTree");
    Objects.requireNonNull(candidateTree, "candidateTree");
    Objects.requireNonNull(candidate, "candidate");
    requireSound(baseline);
    Optional<TestReport> tests = Optional.of(candidate.tests());
    if (!candidate.ok())
      return new Decision.Rejected(List.of(candidate.problem().get()), tests, Optional.empty());

    List<String> losses = TestComparison.losses(baseline.tests(), candidate.tests());
    if (!losses.isEmpty()) return new Decision.Rejected(losses, tests, Optional.empty());

    if (!suite.spec().hasTargets()) {
      return new Decision.Inconclusive(
          List.of("no target metric is configured"), tests, Optional.empty());
    }
    listener.step("measuring baseline and candidate in pairs");
    return comparison(baselineTree, candidateTree, tests).run();
  }

  /**
   * Decides on a batch of candidates, each already checked with this gate's suite: candidates that
   * fail their checks or lose tests are rejected as alone; of the others, screening chooses at most
   * {@code confirm}, fresh pairs decide on those, and Benjamini–Hochberg adjusts their p-values
   * across the batch. See {@link BatchComparison}.
   *
   * @return one decision per candidate, in order
   * @throws BrokenBaselineException when the baseline's check failed or its benchmark fails
   */
  public List<Decision> decideBatch(
      Path baselineTree, TreeCheck baseline, List<BatchCandidate> candidates) {
    Objects.requireNonNull(baselineTree, "baselineTree");
    requireSound(baseline);
    var decisions = new Decision[candidates.size()];
    var measured = new java.util.ArrayList<Integer>();
    for (int i = 0; i < candidates.size(); i++) {
      BatchCandidate c = candidates.get(i);
      Optional<TestReport> tests = Optional.of(c.check().tests());
      if (!c.check().ok()) {
        decisions[i] =
            new Decision.Rejected(List.of(c.check().problem().get()), tests, Optional.empty());
        continue;
      }
      List<String> losses = TestComparison.losses(baseline.tests(), c.check().tests());
      if (!losses.isEmpty()) {
        decisions[i] = new Decision.Rejected(losses, tests, Optional.empty());
      } else if (!suite.spec().hasTargets()) {
        decisions[i] =
            new Decision.Inconclusive(
                List.of("no target metric is configured"), tests, Optional.empty());
      } else {
        measured.add(i);
      }
    }
    if (!measured.isEmpty()) {
      new BatchComparison(
              settings,
              suite,
              random,
              listener,
              (c, tests) -> comparison(baselineTree, c.tree(), tests))
          .decide(baselineTree, measured, candidates, decisions);
    }
    return List.of(decisions);
  }

  private PairedComparison comparison(
      Path baselineTree, Path candidateTree, Optional<TestReport> tests) {
    return new PairedComparison(
        settings,
        threshold,
        baselineMeasure,
        suite,
        random,
        listener,
        baselineTree,
        candidateTree,
        tests);
  }

  private static void requireSound(TreeCheck baseline) {
    Objects.requireNonNull(baseline, "baseline");
    if (!baseline.ok()) {
      throw new BrokenBaselineException("the baseline itself fails: " + baseline.problem().get());
    }
  }
}
