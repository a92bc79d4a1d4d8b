package dev.kaizen.evals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kaizen.evals.types.EvalTypes;
import dev.kaizen.sandbox.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GateTest {

  static final String TESTS = "mvn -o -B -q test";
  static final String BENCH = "java -cp target/classes demo.Bench";
  static final List<MetricSpec> METRICS =
      List.of(
          new MetricSpec("ms_per_op", Direction.LOWER, Role.TARGET),
          new MetricSpec("heap_mb", Direction.LOWER, Role.GUARD));
  static final SuiteSpec SPEC =
      new SuiteSpec(
          Optional.empty(),
          List.of(EvalTypes.junit("tests", TESTS), EvalTypes.command("speed", BENCH, METRICS)));

  @TempDir Path dir;
  Path baseline;
  Path candidate;
  final ScriptedSandbox sandbox = new ScriptedSandbox();
  SyntheticBench bench;

  @BeforeEach
  void trees() throws IOException {
    baseline = Files.createDirectory(dir.resolve("baseline"));
    candidate = Files.createDirectory(dir.resolve("candidate"));
    sandbox.on(
        TESTS,
        t -> {
          SurefireXml.suite("demo.FooTest")
              .pass("adds")
              .pass("subtracts")
              .pass("multiplies")
              .writeTo(t);
          return ScriptedSandbox.ok("");
        });
    bench = new SyntheticBench(new SplittableRandom(7), 0.02, 0.005);
    sandbox.on(BENCH, ScriptedSandbox.latest(() -> bench));
  }

  Decision decide(GateSettings settings, EvalListener listener) {
    EvalSuite suite = new EvalSuite(SPEC, sandbox, Limits.DEFAULT);
    TreeCheck trusted = suite.check(baseline);
    assertThat(trusted.ok()).as("the baseline passes its checks").isTrue();
    return new Gate(settings, suite, new SplittableRandom(11), listener)
        .decide(baseline, trusted, candidate);
  }

  long testRuns() {
    return sandbox.calls().stream().filter(c -> c.command().equals(TESTS)).count();
  }

  Decision decide() {
    return decide(GateSettings.DEFAULT, EvalListener.NONE);
  }

  @Test
  void accepts_a_candidate_20_percent_faster_with_small_noise() {
    bench.center(baseline, 100, 300).center(candidate, 80, 300);

    Decision d = decide();

    assertThat(d).isInstanceOf(Decision.Accepted.class);
    assertThat(d.reason())
        .matches(
            "better by 2\\d\\.\\d% \\(95% CI \\+2\\d\\.\\d% … \\+2\\d\\.\\d%, 10 pairs\\); p = .+ ≤ 0\\.005 .*");
    assertThat(d.reasons()).anySatisfy(r -> assertThat(r).startsWith("guard heap_mb within 2.0%"));
    Evidence e = d.evidence().orElseThrow();
    assertThat(e.pairs()).isEqualTo(10);
    assertThat(e.estimate()).as("100/80 - 1").isCloseTo(0.25, within(0.02));
    assertThat(e.ciLow()).isLessThanOrEqualTo(e.estimate());
    assertThat(e.ciHigh()).isGreaterThanOrEqualTo(e.estimate());
    assertThat(e.pValue()).isLessThanOrEqualTo(0.005);
    assertThat(e.threshold()).isEqualTo(0.01);
    assertThat(e.confidence()).isEqualTo(0.95);
    assertThat(e.samples()).hasSize(10).allMatch(PairSample::usable);
    assertThat(e.metrics())
        .extracting(MetricComparison::name)
        .containsExactly("ms_per_op", "heap_mb");
    assertThat(e.metrics().get(0).improvement()).isCloseTo(0.25, within(0.02));
    assertThat(d.candidateTests()).hasValueSatisfying(t -> assertThat(t.run()).isEqualTo(3));
  }

  @Test
  void decides_on_a_candidate_the_caller_already_checked_without_checking_it_again() {
    bench.center(baseline, 100, 300).center(candidate, 80, 300);
    EvalSuite suite = new EvalSuite(SPEC, sandbox, Limits.DEFAULT);
    TreeCheck trusted = suite.check(baseline);
    TreeCheck checked = suite.check(candidate);
    long testRunsBefore = testRuns();

    Decision d =
        new Gate(GateSettings.DEFAULT, suite, new SplittableRandom(11), EvalListener.NONE)
            .decide(baseline, trusted, candidate, checked);

    assertThat(d).isInstanceOf(Decision.Accepted.class);
    assertThat(testRuns()).as("test runs after the caller's check").isEqualTo(testRunsBefore);
  }

  @Test
  void does_not_accept_a_candidate_identical_to_the_baseline() {
    bench.center(baseline, 100, 300).center(candidate, 100, 300);

    Decision d = decide();

    assertThat(d).isNotInstanceOf(Decision.Accepted.class);
    assertThat(d.evidence()).isPresent();
  }

  @Test
  void rejects_a_candidate_20_percent_slower() {
    bench.center(baseline, 100, 300).center(candidate, 120, 300);

    Decision d = decide();

    assertThat(d).isInstanceOf(Decision.Rejected.class);
    assertThat(d.reason())
        .matches(
            "not better by at least 1\\.0%: estimate −1\\d\\.\\d% \\(95% CI −.+% … −.+%, 10 pairs\\), p = .+");
    assertThat(d.evidence().orElseThrow().estimate())
        .as("100/120 - 1")
        .isCloseTo(-1 / 6.0, within(0.02));
  }

  @Test
  void a_guard_that_regresses_10_percent_blocks_acceptance_and_is_named() {
    bench.center(baseline, 100, 300).center(candidate, 80, 330);

    Decision d = decide();

    assertThat(d).isInstanceOf(Decision.Rejected.class);
    assertThat(d.reason())
        .matches(
            "guard heap_mb regressed beyond 2\\.0%: estimate −9\\.\\d% \\(95% CI .+, 10 pairs\\)");
  }

  @Test
  void a_failing_candidate_test_is_rejected_naming_the_test() {
    bench.center(baseline, 100, 300).center(candidate, 80, 300);
    sandbox.on(
        TESTS,
        t -> {
          var report = SurefireXml.suite("demo.FooTest").pass("subtracts").pass("multiplies");
          (ScriptedSandbox.origin(t).equals(candidate)
                  ? report.fail("adds", "expected: <3> but was: <4>")
                  : report.pass("adds"))
              .writeTo(t);
          return ScriptedSandbox.origin(t).equals(candidate)
              ? ScriptedSandbox.exit(1, "[ERROR] There are test failures.", "")
              : ScriptedSandbox.ok("");
        });

    Decision d = decide();

    assertThat(d).isInstanceOf(Decision.Rejected.class);
    assertThat(d.reason())
        .isEqualTo("1 test failed: demo.FooTest#adds: expected: <3> but was: <4>");
    assertThat(d.evidence()).isEmpty();
    assertThat(d.candidateTests()).hasValueSatisfying(t -> assertThat(t.failures()).isEqualTo(1));
    assertThat(sandbox.calls()).noneMatch(c -> c.command().equals(BENCH));
  }

  @Test
  void a_dropped_test_count_is_rejected_naming_the_removed_test() {
    sandbox.on(
        TESTS,
        t -> {
          var report = SurefireXml.suite("demo.FooTest").pass("adds").pass("multiplies");
          (ScriptedSandbox.origin(t).equals(candidate) ? report : report.pass("subtracts"))
              .writeTo(t);
          return ScriptedSandbox.ok("");
        });

    Decision d = decide();

    assertThat(d).isInstanceOf(Decision.Rejected.class);
    assertThat(d.reasons())
        .containsExactly(
            "test removed: demo.FooTest#subtracts", "executed tests dropped from 3 to 2");
  }

  @Test
  void a_newly_disabled_test_is_rejected_naming_it() {
    sandbox.on(
        TESTS,
        t -> {
          var report = SurefireXml.suite("demo.FooTest").pass("adds").pass("multiplies");
          (ScriptedSandbox.origin(t).equals(candidate)
                  ? report.skip("subtracts")
                  : report.pass("subtracts"))
              .writeTo(t);
          return ScriptedSandbox.ok("");
        });

    Decision d = decide();

    assertThat(d).isInstanceOf(Decision.Rejected.class);
    assertThat(d.reasons())
        .containsExactly(
            "test disabled: demo.FooTest#subtracts", "executed tests dropped from 3 to 2");
  }

  @Test
  void pairs_run_as_many_times_baseline_first_as_candidate_first() {
    bench.center(baseline, 100, 300).center(candidate, 100, 300);

    Decision d = decide(new GateSettings(0.01, 0.01, 12, 12, 0.02), EvalListener.NONE);

    List<Path> order =
        sandbox.calls().stream()
            .filter(c -> c.command().equals(BENCH))
            .map(ScriptedSandbox.Call::tree)
            .toList();
    assertThat(order).as("a washout run, then 12 pairs").hasSize(25);
    assertThat(order.get(0))
        .as("the washout runs the first pair's first side")
        .isEqualTo(order.get(1));
    order = order.subList(1, order.size());
    var baselineFirst = new ArrayList<Boolean>();
    for (int i = 0; i < order.size(); i += 2) {
      assertThat(order.get(i)).as("each pair runs both trees").isNotEqualTo(order.get(i + 1));
      baselineFirst.add(order.get(i).equals(baseline));
    }
    assertThat(baselineFirst).filteredOn(b -> b).hasSize(6);
    assertThat(baselineFirst).filteredOn(b -> !b).hasSize(6);
    assertThat(d.evidence().orElseThrow().samples())
        .extracting(PairSample::baselineFirst)
        .containsExactlyElementsOf(baselineFirst);
  }

  @Test
  void a_candidate_whose_benchmark_fails_is_rejected_with_the_problem() {
    bench.center(baseline, 100, 300).failAlways(candidate);

    Decision d = decide();

    assertThat(d).isInstanceOf(Decision.Rejected.class);
    assertThat(d.reason())
        .isEqualTo(
            "the candidate's benchmark fails: eval 'speed' failed (exit 1): "
                + "Exception in thread \"main\" java.lang.IllegalStateException: boom");
    assertThat(d.evidence().orElseThrow().samples())
        .isNotEmpty()
        .allMatch(s -> Double.isNaN(s.d()));
  }

  @Test
  void a_baseline_whose_benchmark_fails_is_an_error_not_a_decision() {
    bench.center(candidate, 100, 300).failAlways(baseline);

    assertThatThrownBy(this::decide)
        .isInstanceOf(BrokenBaselineException.class)
        .hasMessageStartingWith("the baseline itself fails: its benchmark failed in ");
  }

  @Test
  void a_baseline_that_fails_its_own_checks_is_an_error() {
    EvalSuite suite = new EvalSuite(SPEC, sandbox, Limits.DEFAULT);
    var broken = new TreeCheck(TestReport.EMPTY, Optional.of("build failed (exit 1)"), List.of());

    assertThatThrownBy(
            () ->
                new Gate(GateSettings.DEFAULT, suite, new SplittableRandom(1), EvalListener.NONE)
                    .decide(baseline, broken, candidate))
        .isInstanceOf(BrokenBaselineException.class)
        .hasMessage("the baseline itself fails: build failed (exit 1)");
  }

  @Test
  void a_suite_without_a_target_metric_is_inconclusive() {
    var guardsOnly =
        new SuiteSpec(
            Optional.empty(),
            List.of(
                EvalTypes.junit("tests", TESTS),
                EvalTypes.command(
                    "speed",
                    BENCH,
                    List.of(new MetricSpec("heap_mb", Direction.LOWER, Role.GUARD)))));
    EvalSuite suite = new EvalSuite(guardsOnly, sandbox, Limits.DEFAULT);

    Decision d =
        new Gate(GateSettings.DEFAULT, suite, new SplittableRandom(1), EvalListener.NONE)
            .decide(baseline, suite.check(baseline), candidate);

    assertThat(d).isInstanceOf(Decision.Inconclusive.class);
    assertThat(d.reasons()).containsExactly("no target metric is configured");
  }

  @Test
  void an_undecided_first_look_measures_more_pairs_and_looks_again() {
    bench = new SyntheticBench(new SplittableRandom(3), 0.03, 0.005);
    bench.center(baseline, 100, 300).center(candidate, 96, 300);

    Decision d = decide();

    assertThat(d.evidence().orElseThrow().pairs())
        .as("the second look, at pairs.max")
        .isEqualTo(40);
    assertThat(d).isInstanceOf(Decision.Accepted.class);
    assertThat(d.reasons())
        .contains("significance level 0.005 at look 2 of 2 (α = 0.01 split evenly, Bonferroni)");
  }

  @Test
  void
      a_pair_where_one_side_failed_is_dropped_with_one_of_the_opposite_order_and_both_are_replaced() {
    bench.center(baseline, 100, 300).center(candidate, 80, 300).failRun(candidate, 3);

    Decision d = decide();

    assertThat(d).isInstanceOf(Decision.Accepted.class);
    Evidence e = d.evidence().orElseThrow();
    assertThat(e.pairs()).isEqualTo(10);
    assertThat(e.samples())
        .hasSize(12)
        .filteredOn(s -> !s.usable())
        .singleElement()
        .satisfies(s -> assertThat(s.d()).isNaN());
    PairSample failed = e.samples().stream().filter(s -> !s.usable()).findFirst().orElseThrow();
    long sameOrder =
        e.samples().stream()
            .filter(PairSample::usable)
            .filter(s -> s.baselineFirst() == failed.baselineFirst())
            .count();
    assertThat(sameOrder).as("usable pairs in the failed pair's order").isEqualTo(5);
    assertThat(e.samples().stream().filter(PairSample::usable).count())
        .as("usable, one of them dropped for balance")
        .isEqualTo(11);
    assertThat(d.reasons())
        .anySatisfy(
            r ->
                assertThat(r)
                    .isEqualTo(
                        "1 of 12 pairs dropped because a side failed (candidate: "
                            + "eval 'speed' failed (exit 1): Exception in thread \"main\" java.lang.IllegalStateException: boom), "
                            + "and 1 more to keep the orders balanced"));
  }

  @Test
  void progress_is_reported_after_every_pair() {
    bench.center(baseline, 100, 300).center(candidate, 80, 300);
    var done = new ArrayList<Integer>();
    var steps = new ArrayList<String>();
    EvalListener listener =
        new EvalListener() {
          @Override
          public void step(String message) {
            steps.add(message);
          }

          @Override
          public void pairMeasured(int count, int planned) {
            assertThat(planned).isEqualTo(10);
            done.add(count);
          }
        };

    decide(GateSettings.DEFAULT, listener);

    assertThat(done).containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    assertThat(steps)
        .containsExactly("checking the candidate", "measuring baseline and candidate in pairs");
  }
}
