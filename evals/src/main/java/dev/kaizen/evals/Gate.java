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
 *       ln(1+τ)} and the Hodges–Lehmann estimate with its 95% interval decide: accepted when
 *       significant and no guard may have regressed beyond {@code guard-max-regression}; rejected
 *       when the whole interval lies below τ or a guard clearly regressed; otherwise more pairs,
 *       then inconclusive. See {@link PairedComparison} for the looks and their levels.
 * </ol>
 *
 * <p>Every decision carries the candidate's tests; every decision that measured pairs carries
 * the {@link Evidence}.
 */
public final class Gate {

  private final GateSettings settings;
  private final EvalSuite suite;
  private final RandomGenerator random;
  private final EvalListener listener;

  public Gate(GateSettings settings, EvalSuite suite, RandomGenerator random, EvalListener listener) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.suite = Objects.requireNonNull(suite, "suite");
    this.random = Objects.requireNonNull(random, "random");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  public GateSettings settings() {
    return settings;
  }

  /**
   * Checks the candidate (build + tests) against the trusted baseline's check, then measures
   * interleaved pairs and decides.
   *
   * @throws BrokenBaselineException when the baseline's check failed or its benchmark fails in
   *     most pairs
   */
  public Decision decide(Path baselineTree, TreeCheck baseline, Path candidateTree) {
    Objects.requireNonNull(candidateTree, "candidateTree");
    requireSound(baseline);
    listener.step("checking the candidate");
    return decide(baselineTree, baseline, candidateTree, suite.check(candidateTree));
  }

  /**
   * Decides on a candidate whose check the caller already ran with this gate's suite (to keep
   * its logs), comparing its tests with the baseline's, then measuring interleaved pairs.
   *
   * @throws BrokenBaselineException when the baseline's check failed or its benchmark fails in
   *     most pairs
   */
  public Decision decide(Path baselineTree, TreeCheck baseline, Path candidateTree, TreeCheck candidate) {
    Objects.requireNonNull(baselineTree, "baselineTree");
    Objects.requireNonNull(candidateTree, "candidateTree");
    Objects.requireNonNull(candidate, "candidate");
    requireSound(baseline);
    Optional<TestReport> tests = Optional.of(candidate.tests());
    if (!candidate.ok()) return new Decision.Rejected(List.of(candidate.problem().get()), tests, Optional.empty());

    List<String> losses = TestComparison.losses(baseline.tests(), candidate.tests());
    if (!losses.isEmpty()) return new Decision.Rejected(losses, tests, Optional.empty());

    if (!suite.spec().hasTargets()) {
      return new Decision.Inconclusive(List.of("no target metric is configured"), tests, Optional.empty());
    }
    listener.step("measuring baseline and candidate in pairs");
    return new PairedComparison(settings, suite, random, listener, baselineTree, candidateTree, tests).run();
  }

  private static void requireSound(TreeCheck baseline) {
    Objects.requireNonNull(baseline, "baseline");
    if (!baseline.ok()) {
      throw new BrokenBaselineException("the baseline fails its own checks: " + baseline.problem().get());
    }
  }
}
