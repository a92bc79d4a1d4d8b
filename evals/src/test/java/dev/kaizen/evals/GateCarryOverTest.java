package dev.kaizen.evals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.sandbox.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A candidate no faster than its baseline that slows whatever runs after it by 4% (it leaves the
 * machine busy, or a file that the next run trips over). With pairs ordered only to balance which
 * side runs first, the baseline runs right after the candidate in about three of four of its runs,
 * and such a candidate was accepted about half the time at 40 pairs. With each pair starting with
 * the side that ended the pair before, after a washout run, the after-effect cancels out.
 */
class GateCarryOverTest {

  static final int TRIALS = 60;

  /** One target metric, ms_per_op, from a command eval. */
  static final SuiteSpec SPEC = GateThresholdAndSteadinessTest.SPEC;

  @TempDir Path dir;

  @Test
  void a_candidate_that_slows_the_next_run_is_not_accepted() throws IOException {
    Path baseline = Files.createDirectory(dir.resolve("baseline"));
    Path candidate = Files.createDirectory(dir.resolve("candidate"));
    var settings = new GateSettings(0.01, 0.01, 40, 40, 0.02);

    int accepted = 0;
    double meanEstimate = 0;
    for (int seed = 0; seed < TRIALS; seed++) {
      var bench =
          new SyntheticBench(new SplittableRandom(seed), 0.02, 0)
              .withoutHeap()
              .center(baseline, 100, 0)
              .center(candidate, 100, 0)
              .afterEffect(candidate, 0.04);
      var sandbox = new ScriptedSandbox().on(GateThresholdAndSteadinessTest.BENCH, bench);
      var suite = new EvalSuite(SPEC, sandbox, Limits.DEFAULT);
      Decision d =
          new Gate(settings, suite, new SplittableRandom(~seed), EvalListener.NONE)
              .decide(baseline, suite.check(baseline), candidate);
      if (d instanceof Decision.Accepted) accepted++;
      meanEstimate += d.evidence().orElseThrow().estimate() / TRIALS;
    }

    assertThat(accepted).as("accepted of %d trials", TRIALS).isLessThanOrEqualTo(2);
    assertThat(meanEstimate)
        .as("the after-effect cancels from the estimate (it would be about +2% otherwise)")
        .isBetween(-0.005, 0.005);
  }

  @Test
  void the_planted_after_effect_is_real_the_run_after_the_candidate_is_slower() throws IOException {
    Path baseline = Files.createDirectory(dir.resolve("b"));
    Path candidate = Files.createDirectory(dir.resolve("c"));
    var bench =
        new SyntheticBench(new SplittableRandom(1), 0, 0)
            .withoutHeap()
            .center(baseline, 100, 0)
            .center(candidate, 100, 0)
            .afterEffect(candidate, 0.04);
    var suite =
        new EvalSuite(
            SPEC,
            new ScriptedSandbox().on(GateThresholdAndSteadinessTest.BENCH, bench),
            Limits.DEFAULT);

    double fresh = suite.measure(baseline).metrics().get("ms_per_op");
    suite.measure(candidate);
    double afterCandidate = suite.measure(baseline).metrics().get("ms_per_op");

    assertThat(afterCandidate / fresh)
        .isCloseTo(1.04, org.assertj.core.api.Assertions.within(1e-6));
  }
}
