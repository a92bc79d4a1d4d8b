package dev.kaizen.evals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.evals.stats.HodgesLehmann;
import dev.kaizen.evals.stats.LocationEstimate;
import dev.kaizen.evals.stats.SignedRankTest;
import dev.kaizen.evals.types.EvalTypes;
import dev.kaizen.sandbox.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each metric's interval and p over the usable pairs, computed once by the gate. */
class MetricComparisonTest {

  static final MetricSpec MS = new MetricSpec("ms_per_op", Direction.LOWER, Role.TARGET);
  static final MetricSpec OPS = new MetricSpec("ops", Direction.HIGHER, Role.GUARD);

  private static Measurement measured(double ms, double ops) {
    return new Measurement(
        Map.of(MS.name(), ms, OPS.name(), ops),
        List.of(MS, OPS),
        Map.of(),
        Duration.ofMillis(10),
        OptionalLong.empty(),
        Optional.empty(),
        List.of());
  }

  private static Measurement failed() {
    return new Measurement(
        Map.of(),
        List.of(),
        Map.of(),
        Duration.ofMillis(10),
        OptionalLong.empty(),
        Optional.of("exit 1"),
        List.of());
  }

  private static PairSample pair(
      int index, boolean baselineFirst, Measurement baseline, Measurement candidate) {
    return new PairSample(
        index, baselineFirst, baseline, candidate, PairAnalysis.d(baseline, candidate));
  }

  @Test
  void the_usable_pairs_leave_out_failed_ones_and_the_latest_of_the_order_in_excess() {
    var samples =
        List.of(
            pair(0, true, measured(10, 5), measured(9, 5)),
            pair(1, false, measured(10, 5), failed()),
            pair(2, true, measured(10, 5), measured(9, 5)),
            pair(3, true, failed(), measured(9, 5)),
            pair(4, false, measured(10, 5), measured(9, 5)),
            pair(5, true, measured(10, 5), measured(9, 5)));

    assertThat(PairSample.usable(samples))
        .extracting(PairSample::index)
        .as(
            "pairs 0, 2 and 5 ran baseline first, only 4 candidate first: the latest two baseline-first pairs go")
        .containsExactly(0, 4);
  }

  @Test
  void
      interval_and_p_are_the_hodges_lehmann_interval_and_signed_rank_p_of_the_oriented_log_ratios() {
    var random = new SplittableRandom(3);
    var pairs = new ArrayList<PairSample>();
    double[] ratios = new double[12];
    for (int i = 0; i < 12; i++) {
      double base = 2000 * (1 + 0.03 * random.nextGaussian());
      double cand = 2100 * (1 + 0.03 * random.nextGaussian());
      ratios[i] = -Math.log(base / cand); // higher is better
      pairs.add(pair(i, i % 2 == 0, measured(10, base), measured(9, cand)));
    }

    MetricComparison ops = MetricComparison.of(OPS, pairs);

    LocationEstimate estimate = HodgesLehmann.estimate(ratios, 0.95);
    assertThat(ops.ciLow()).isEqualTo(Math.expm1(estimate.low()));
    assertThat(ops.ciHigh()).isEqualTo(Math.expm1(estimate.high()));
    assertThat(ops.p()).isEqualTo(SignedRankTest.greater(ratios, 0).pValue());
    assertThat(ops.ciLow()).as("about 5% better").isLessThan(0.05).isGreaterThan(0);
    assertThat(ops.role()).isEqualTo(Role.GUARD);
  }

  @Test
  void values_that_are_not_above_zero_count_for_the_medians_but_not_for_the_interval() {
    var pairs =
        List.of(
            pair(0, true, measured(10, 0), measured(9, 4)),
            pair(1, false, measured(10, 5), measured(9, 4)),
            pair(2, true, measured(10, 6), measured(9, 4)),
            pair(3, false, measured(10, 7), measured(9, 4)));

    MetricComparison ops = MetricComparison.of(OPS, pairs);

    assertThat(ops.baselineMedian()).isEqualTo(5.5);
    double[] ratios = {-Math.log(5 / 4.0), -Math.log(6 / 4.0), -Math.log(7 / 4.0)};
    assertThat(ops.p()).isEqualTo(SignedRankTest.greater(ratios, 0).pValue());
  }

  @Test
  void interval_and_p_are_nan_when_no_pair_has_both_values_above_zero() {
    MetricComparison ops =
        MetricComparison.of(OPS, List.of(pair(0, true, measured(10, 0), measured(9, 4))));

    assertThat(ops.ciLow()).isNaN();
    assertThat(ops.ciHigh()).isNaN();
    assertThat(ops.p()).isNaN();
    assertThat(ops.baselineMedian()).isZero();
  }

  @Test
  void the_gates_evidence_carries_each_metrics_interval_and_p_over_the_pairs_it_used(
      @TempDir Path dir) throws IOException {
    Path baseline = Files.createDirectory(dir.resolve("baseline"));
    Path candidate = Files.createDirectory(dir.resolve("candidate"));
    var bench =
        new SyntheticBench(new SplittableRandom(7), 0.02, 0.005)
            .center(baseline, 100, 300)
            .center(candidate, 80, 300);
    var sandbox = new ScriptedSandbox().on(GateTest.BENCH, bench);
    var suite =
        new EvalSuite(
            new SuiteSpec(
                Optional.empty(),
                List.of(EvalTypes.command("speed", GateTest.BENCH, GateTest.METRICS))),
            sandbox,
            Limits.DEFAULT);

    Decision d =
        new Gate(GateSettings.DEFAULT, suite, new SplittableRandom(11), EvalListener.NONE)
            .decide(
                baseline, new TreeCheck(TestReport.EMPTY, Optional.empty(), List.of()), candidate);

    Evidence e = d.evidence().orElseThrow();
    List<PairSample> usable = PairSample.usable(e.samples());
    assertThat(e.metrics())
        .containsExactlyElementsOf(
            GateTest.METRICS.stream().map(m -> MetricComparison.of(m, usable)).toList());
    MetricComparison ms = e.metrics().get(0);
    assertThat(ms.ciLow()).as("the interval holds the planted 100/80 - 1").isBetween(0.15, 0.25);
    assertThat(ms.ciHigh()).isBetween(0.25, 0.35);
    assertThat(ms.p()).isLessThan(0.005);
    assertThat(e.metrics().get(1).ciLow()).as("heap unchanged").isNegative();
  }
}
