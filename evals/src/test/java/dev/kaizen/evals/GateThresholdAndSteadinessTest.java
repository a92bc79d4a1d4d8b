package dev.kaizen.evals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.evals.types.EvalTypes;
import dev.kaizen.sandbox.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** τ from min-effect or the A/A noise floor, the steadiness of targets, and a planted slowdown. */
class GateThresholdAndSteadinessTest {

  static final String BENCH = "java -cp target/classes demo.Bench";
  static final SuiteSpec SPEC =
      new SuiteSpec(
          Optional.empty(),
          List.of(
              EvalTypes.command(
                  "speed",
                  BENCH,
                  List.of(new MetricSpec("ms_per_op", Direction.LOWER, Role.TARGET)))));

  @TempDir Path dir;
  Path baseline;
  Path candidate;
  final ScriptedSandbox sandbox = new ScriptedSandbox();
  SyntheticBench bench;
  EvalSuite suite;

  @BeforeEach
  void trees() throws IOException {
    baseline = Files.createDirectory(dir.resolve("baseline"));
    candidate = Files.createDirectory(dir.resolve("candidate"));
    bench = new SyntheticBench(new SplittableRandom(5), 0.003, 0).withoutHeap();
    sandbox.on(BENCH, bench);
    suite = new EvalSuite(SPEC, sandbox, Limits.DEFAULT);
  }

  private Decision decide(Gate gate) {
    TreeCheck ok = suite.check(baseline);
    return gate.decide(baseline, ok, candidate, suite.check(candidate));
  }

  private Gate gate() {
    return new Gate(GateSettings.DEFAULT, suite, new SplittableRandom(11), EvalListener.NONE);
  }

  @Test
  void a_3_percent_improvement_passes_min_effect_of_1_percent() {
    bench.center(baseline, 103, 0).center(candidate, 100, 0);

    Decision d = decide(gate());

    assertThat(d).isInstanceOf(Decision.Accepted.class);
    assertThat(d.evidence().orElseThrow().threshold()).isEqualTo(0.01);
    assertThat(d.evidence().orElseThrow().thresholdSource()).isEqualTo("min-effect");
  }

  @Test
  void a_noise_floor_above_min_effect_becomes_the_threshold_and_holds_back_a_smaller_improvement() {
    bench.center(baseline, 103, 0).center(candidate, 100, 0);
    var floor = new NoiseFloor(0.05, "kaizen calibrate of 2026-11-27, 100 A/A trials");

    Decision d = decide(gate().withNoiseFloor(Optional.of(floor)));

    assertThat(d).isInstanceOf(Decision.Rejected.class);
    assertThat(d.reason()).matches("not better by at least 5\\.0%: estimate \\+[23]\\.\\d% .*");
    Evidence e = d.evidence().orElseThrow();
    assertThat(e.threshold()).isEqualTo(0.05);
    assertThat(e.thresholdSource())
        .isEqualTo("A/A noise floor (kaizen calibrate of 2026-11-27, 100 A/A trials)");
    assertThat(d.reasons())
        .contains(
            "threshold 5.0% from the A/A noise floor (kaizen calibrate of 2026-11-27, 100 A/A trials),"
                + " above min-effect 1.0%");
  }

  @Test
  void a_noise_floor_below_min_effect_changes_nothing() {
    Gate gate = gate().withNoiseFloor(Optional.of(new NoiseFloor(0.004, "calibrated")));

    assertThat(gate.threshold()).isEqualTo(new Threshold(0.01, "min-effect"));
  }

  @Test
  void a_baseline_that_drifts_is_not_steady_and_blocks_an_otherwise_significant_acceptance() {
    // The baseline slows 0.5% per run: over 40 pairs it drifts ~22%, far beyond τ = 1% and more
    // than the 3% the candidate is better by, which the drift alone could fake.
    bench.center(baseline, 100, 0).center(candidate, 97, 0).drift(baseline, 0.005);

    Decision d = decide(gate());

    assertThat(d).isInstanceOf(Decision.Inconclusive.class);
    assertThat(d.reason())
        .matches(
            "target ms_per_op was not steady: the baseline drifted \\+\\d+\\.\\d% over the pairs "
                + "\\(Mann–Kendall p = .+\\)");
    Evidence e = d.evidence().orElseThrow();
    assertThat(e.pairs()).as("more pairs were taken before giving up").isEqualTo(40);
    assertThat(e.steady()).isFalse();
    assertThat(e.steadiness())
        .filteredOn(s -> s.side().equals("candidate"))
        .singleElement()
        .satisfies(s -> assertThat(s.steady()).isTrue());
  }

  @Test
  void a_drift_far_smaller_than_the_effect_does_not_block_it() {
    // A 2x speedup while the baseline slows 0.5% per run: the drift is real and larger than τ,
    // but it cannot explain an effect whose lower bound clears τ by more than the drift.
    bench.center(baseline, 200, 0).center(candidate, 100, 0).drift(baseline, 0.005);

    Decision d = decide(gate());

    assertThat(d).isInstanceOf(Decision.Accepted.class);
    Evidence e = d.evidence().orElseThrow();
    assertThat(e.steadiness())
        .filteredOn(s -> s.side().equals("baseline"))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.pValue()).isLessThanOrEqualTo(Steadiness.LEVEL);
              assertThat(s.drift()).isGreaterThan(0.01);
              assertThat(s.steady()).isTrue();
            });
  }

  @Test
  void a_drift_within_tau_is_steady() {
    // 0.01% per run is ~0.4% over 40 runs: significant with this little noise, but smaller than τ.
    bench.center(baseline, 110, 0).center(candidate, 100, 0).drift(baseline, 0.0001);

    Decision d = decide(gate());

    assertThat(d).isInstanceOf(Decision.Accepted.class);
    assertThat(d.evidence().orElseThrow().steady()).isTrue();
  }

  @Test
  void a_slowed_baseline_side_plants_an_improvement_of_the_same_revision() {
    // Calibration's planted trials: the same tree on both sides, the baseline measured by
    // another suite. Here the other suite's sandbox answers 5% slower.
    var slowSandbox = new ScriptedSandbox();
    var slowBench =
        new SyntheticBench(new SplittableRandom(9), 0.003, 0)
            .withoutHeap()
            .center(baseline, 105, 0);
    slowSandbox.on(BENCH, slowBench);
    bench.center(baseline, 100, 0);
    var slowed = new EvalSuite(SPEC, slowSandbox, Limits.DEFAULT);
    TreeCheck ok = suite.check(baseline);

    Decision d = gate().measuringBaselineWith(slowed).decide(baseline, ok, baseline, ok);

    assertThat(d).isInstanceOf(Decision.Accepted.class);
    assertThat(d.evidence().orElseThrow().estimate()).isBetween(0.04, 0.06);
    assertThat(slowSandbox.calls())
        .as("only the baseline side ran in the slowed suite (and maybe the washout run)")
        .hasSizeBetween(10, 11);
    assertThat(slowSandbox.calls().size() + sandbox.calls().size())
        .as("10 pairs after one washout run")
        .isEqualTo(21);
  }
}
