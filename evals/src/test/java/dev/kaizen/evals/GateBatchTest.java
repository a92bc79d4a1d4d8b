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

/**
 * Several candidates at once: screening chooses, fresh pairs decide, Benjamini–Hochberg adjusts.
 */
class GateBatchTest {

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
  final ScriptedSandbox sandbox = new ScriptedSandbox();
  final SyntheticBench bench = new SyntheticBench(new SplittableRandom(3), 0.01, 0).withoutHeap();
  EvalSuite suite;
  Path baseline;

  @BeforeEach
  void setUp() throws IOException {
    sandbox.on(BENCH, bench);
    suite = new EvalSuite(SPEC, sandbox, Limits.DEFAULT);
    baseline = tree("baseline", 100);
  }

  private Path tree(String name, double msPerOp) throws IOException {
    Path t = Files.createDirectory(dir.resolve(name));
    bench.center(t, msPerOp, 0);
    return t;
  }

  private long runsOn(Path tree) {
    return sandbox.calls().stream().filter(c -> c.tree().equals(tree)).count();
  }

  @Test
  void screening_chooses_the_best_two_fresh_pairs_decide_and_the_rest_is_screened_out()
      throws IOException {
    Path fast = tree("fast", 80);
    Path faster = tree("faster", 70);
    Path slower = tree("slower", 101);
    var ok = suite.check(baseline);
    var broken = new TreeCheck(TestReport.EMPTY, Optional.of("build failed (exit 1)"), List.of());
    var batch =
        List.of(
            new BatchCandidate("1", fast, suite.check(fast)),
            new BatchCandidate("2", slower, suite.check(slower)),
            new BatchCandidate("3", faster, suite.check(faster)),
            new BatchCandidate("4", dir, broken));

    List<Decision> d =
        new Gate(GateSettings.DEFAULT, suite, new SplittableRandom(1), EvalListener.NONE)
            .decideBatch(baseline, ok, batch);

    assertThat(d)
        .extracting(Decision::kind)
        .containsExactly("accepted", "inconclusive", "accepted", "rejected");
    assertThat(d.get(1).reason())
        .startsWith("screened out: median effect −")
        .contains("behind the 2 confirmed (3 +4");
    assertThat(d.get(3).reasons()).containsExactly("build failed (exit 1)");
    assertThat(d.get(0).reasons().get(1))
        .startsWith("significant across the batch: Benjamini–Hochberg adjusted p = ")
        .endsWith("≤ α = 0.01 over 2 confirmed candidates");
    assertThat(d.get(0).evidence().orElseThrow().samples())
        .as("only the fresh confirmation pairs are evidence")
        .hasSize(10);
    assertThat(runsOn(fast))
        .as(
            "4 screening runs, then 10 confirmation runs, each series after a washout run of one side")
        .isBetween(14L, 16L);
    assertThat(runsOn(slower)).as("screening only").isBetween(4L, 5L);
    assertThat(runsOn(dir)).as("a candidate that fails its check is never measured").isZero();
  }

  @Test
  void no_more_candidates_than_confirm_skips_screening() throws IOException {
    Path fast = tree("fast", 80);
    var ok = suite.check(baseline);

    List<Decision> d =
        new Gate(GateSettings.DEFAULT, suite, new SplittableRandom(1), EvalListener.NONE)
            .decideBatch(baseline, ok, List.of(new BatchCandidate("1", fast, suite.check(fast))));

    assertThat(d).singleElement().isInstanceOf(Decision.Accepted.class);
    assertThat(runsOn(fast)).as("10 runs, and maybe the washout run").isBetween(10L, 11L);
    assertThat(runsOn(fast) + runsOn(baseline)).as("10 pairs after one washout run").isEqualTo(21);
  }

  @Test
  void
      an_acceptance_that_does_not_survive_benjamini_hochberg_across_the_batch_becomes_inconclusive()
          throws IOException {
    // One look of 8 pairs at α = 0.01. Against a steady baseline of 100, "edge" runs about 3%
    // faster seven
    // times (96.4 to 97, no ties) and 99.5 once: seven pair effects above τ = 1% and the smallest
    // one below, so W+ = 35
    // and the exact p = 2/256 = 0.0078: accepted alone. "flat" is no better (p = 1). Across the
    // two, Benjamini–Hochberg adjusts edge's p to min(2 × 0.0078, 1) = 0.0156 > 0.01.
    var exact = new SyntheticBench(new SplittableRandom(1), 0, 0).withoutHeap();
    var sandbox = new ScriptedSandbox().on(BENCH, exact);
    var suite = new EvalSuite(SPEC, sandbox, Limits.DEFAULT);
    Path base = Files.createDirectory(dir.resolve("steady"));
    Path edge = Files.createDirectory(dir.resolve("edge"));
    Path flat = Files.createDirectory(dir.resolve("flat"));
    exact
        .center(base, 100, 0)
        .center(flat, 100, 0)
        .sequence(edge, 97, 96.9, 96.8, 96.7, 96.6, 96.5, 96.4, 99.5);
    var settings = new GateSettings(0.01, 0.01, 8, 8, 0.02, 4, 2);
    var ok = suite.check(base);

    Decision alone =
        new Gate(settings, suite, new SplittableRandom(2), EvalListener.NONE)
            .decide(base, ok, edge, suite.check(edge));
    exact.sequence(
        edge, 97, 96.9, 96.8, 96.7, 96.6, 96.5, 96.4,
        99.5); // the same eight runs again, from the first
    List<Decision> batch =
        new Gate(settings, suite, new SplittableRandom(2), EvalListener.NONE)
            .decideBatch(
                base,
                ok,
                List.of(
                    new BatchCandidate("edge", edge, suite.check(edge)),
                    new BatchCandidate("flat", flat, suite.check(flat))));

    assertThat(alone).isInstanceOf(Decision.Accepted.class);
    assertThat(alone.evidence().orElseThrow().pValue())
        .isCloseTo(2.0 / 256, org.assertj.core.api.Assertions.within(1e-12));
    assertThat(batch.get(0)).isInstanceOf(Decision.Inconclusive.class);
    assertThat(batch.get(0).reason())
        .isEqualTo(
            "not significant across the batch: Benjamini–Hochberg adjusted p = 0.016"
                + " > α = 0.01 over 2 confirmed candidates");
    assertThat(batch.get(1)).isInstanceOf(Decision.Rejected.class);
  }

  @Test
  void an_early_acceptance_the_adjustment_does_not_carry_takes_its_remaining_looks()
      throws IOException {
    // Looks at 8 and 16 pairs, each at α/2. "clear" wins all 8 pairs: p = 1/256 ≤ 0.005, accepted
    // alone; its procedure p = 2/256 = 0.0078, which Benjamini–Hochberg with the no-better "flat"
    // makes 0.0156 > 0.01. So it takes its second look: 16 pairs, p = 2/65536, and holds.
    var settings = new GateSettings(0.01, 0.01, 8, 16, 0.02, 4, 2);
    Path clear = tree("clear", 80);
    Path flat = tree("flat", 100);
    var ok = suite.check(baseline);

    List<Decision> d =
        new Gate(settings, suite, new SplittableRandom(4), EvalListener.NONE)
            .decideBatch(
                baseline,
                ok,
                List.of(
                    new BatchCandidate("clear", clear, suite.check(clear)),
                    new BatchCandidate("flat", flat, suite.check(flat))));

    assertThat(d.get(0)).isInstanceOf(Decision.Accepted.class);
    assertThat(d.get(0).evidence().orElseThrow().pairs()).isEqualTo(16);
    assertThat(d.get(0).reasons().get(1))
        .startsWith("significant across the batch: Benjamini–Hochberg adjusted p = ");
    assertThat(d.get(1).kind()).isNotEqualTo("accepted");
  }
}
