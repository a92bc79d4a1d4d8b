package dev.kaizen.evals;

import static dev.kaizen.evals.ScriptedSandbox.exit;
import static dev.kaizen.evals.ScriptedSandbox.ok;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.evals.types.EvalTypes;
import dev.kaizen.sandbox.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalSuiteTest {

  static final String BUILD = "mvn -o -B -q -DskipTests package";
  static final String TESTS = "mvn -o -B -q test";
  static final String BENCH = "java -cp target/classes demo.Bench";
  static final List<MetricSpec> METRICS =
      List.of(
          new MetricSpec("ms_per_op", Direction.LOWER, Role.TARGET),
          new MetricSpec("heap_mb", Direction.LOWER, Role.GUARD));

  @TempDir Path tree;

  final ScriptedSandbox sandbox = new ScriptedSandbox();

  EvalSuite suite(Optional<String> build, EvalSpec... evals) {
    return new EvalSuite(new SuiteSpec(build, List.of(evals)), sandbox, Limits.DEFAULT);
  }

  EvalSuite buildAndTests() {
    return suite(Optional.of(BUILD), EvalTypes.junit("tests", TESTS));
  }

  @Test
  void a_tree_that_builds_and_passes_its_tests_is_ok_with_their_report() {
    sandbox
        .on(BUILD, t -> ok(""))
        .on(
            TESTS,
            t -> {
              SurefireXml.suite("demo.FooTest")
                  .pass("adds")
                  .pass("subtracts")
                  .skip("later")
                  .writeTo(t);
              return ok("Tests run: 3");
            });

    TreeCheck check = buildAndTests().check(tree);

    assertThat(check.problem()).isEmpty();
    assertThat(check.tests().run()).isEqualTo(3);
    assertThat(check.tests().executed()).isEqualTo(2);
    assertThat(check.tests().testIds())
        .containsExactly("demo.FooTest#adds", "demo.FooTest#later", "demo.FooTest#subtracts");
  }

  @Test
  void a_build_failure_is_a_problem_with_the_last_meaningful_lines_of_output() throws IOException {
    String output = resource("mvn-compile-failure.txt").replace("@TREE@", tree.toString());
    sandbox.on(BUILD, t -> exit(1, output, ""));

    TreeCheck check = buildAndTests().check(tree);

    assertThat(check.problem())
        .contains(
            "build failed (exit 1): src/main/java/demo/Calc.java:[2,70] cannot find symbol"
                + " | symbol:   variable missing | location: class demo.Calc");
    assertThat(check.logs())
        .as("the test eval never ran")
        .extracting(EvalLog::step)
        .containsExactly("build");
  }

  @Test
  void failing_tests_are_named_with_their_messages() {
    sandbox
        .on(BUILD, t -> ok(""))
        .on(
            TESTS,
            t -> {
              SurefireXml.suite("demo.FooTest")
                  .pass("ok")
                  .fail("adds", "expected: <3> but was: <4>")
                  .error("divides", "java.lang.ArithmeticException", "/ by zero")
                  .writeTo(t);
              return exit(1, "[ERROR] There are test failures.", "");
            });

    TreeCheck check = buildAndTests().check(tree);

    assertThat(check.problem())
        .contains(
            "2 tests failed: demo.FooTest#adds: expected: <3> but was: <4>; demo.FooTest#divides: / by zero");
    assertThat(check.tests().failed()).hasSize(2);
  }

  @Test
  void failing_tests_count_even_when_the_command_ignores_them_and_exits_0() {
    sandbox.on(
        TESTS,
        t -> {
          SurefireXml.suite("demo.FooTest").fail("adds", "expected: <3> but was: <4>").writeTo(t);
          return ok("");
        });

    assertThat(suite(Optional.empty(), EvalTypes.junit("tests", TESTS)).check(tree).problem())
        .contains("1 test failed: demo.FooTest#adds: expected: <3> but was: <4>");
  }

  @Test
  void a_failing_test_command_without_a_failing_test_reports_the_output_tail() {
    sandbox
        .on(BUILD, t -> ok(""))
        .on(
            TESTS,
            t ->
                exit(
                    1,
                    "[INFO] compiling\n[ERROR] FooTest.java:[3,8] cannot find symbol\n[ERROR] -> [Help 1]\n",
                    ""));

    assertThat(buildAndTests().check(tree).problem())
        .contains(
            "eval 'tests' failed (exit 1): compiling | FooTest.java:[3,8] cannot find symbol");
  }

  @Test
  void a_test_eval_that_wrote_no_report_is_a_problem() {
    sandbox.on(BUILD, t -> ok("")).on(TESTS, t -> ok("nothing to do"));

    assertThat(buildAndTests().check(tree).problem())
        .hasValueSatisfying(
            p -> assertThat(p).startsWith("no test reports under target/surefire-reports"));
  }

  @Test
  void reports_already_in_the_tree_do_not_count_for_a_test_eval() throws IOException {
    SurefireXml.suite("demo.StaleTest").pass("old").writeTo(tree);
    sandbox.on(TESTS, t -> ok(""));

    TreeCheck check = suite(Optional.empty(), EvalTypes.junit("tests", TESTS)).check(tree);

    assertThat(check.problem())
        .hasValueSatisfying(p -> assertThat(p).startsWith("no test reports"));
    assertThat(check.tests().testIds()).doesNotContain("demo.StaleTest#old");
  }

  @Test
  void two_test_evals_each_count_only_their_own_reports() {
    sandbox
        .on(
            TESTS,
            t -> {
              SurefireXml.suite("demo.UnitTest").pass("a").writeTo(t);
              return ok("");
            })
        .on(
            "mvn -o -B -q verify -Pit",
            t -> {
              SurefireXml.suite("demo.ItTest").pass("b").pass("c").writeTo(t);
              return ok("");
            });

    TreeCheck check =
        suite(
                Optional.empty(),
                EvalTypes.junit("unit", TESTS),
                EvalTypes.junit("it", "mvn -o -B -q verify -Pit"))
            .check(tree);

    assertThat(check.problem()).isEmpty();
    assertThat(check.tests().run()).isEqualTo(3);
  }

  @Test
  void a_timeout_is_named_with_the_limit_that_applied() {
    sandbox
        .on(BUILD, t -> ok(""))
        .on(TESTS, t -> ScriptedSandbox.timedOut("[INFO] Running demo.SlowTest"));
    var eval =
        new EvalSpec(
            "tests", EvalTypes.JUNIT, TESTS, List.of(), Optional.of(Duration.ofSeconds(90)));

    TreeCheck check = suite(Optional.of(BUILD), eval).check(tree);

    assertThat(check.problem())
        .contains("eval 'tests' timed out after 1 min 30 s: Running demo.SlowTest");
  }

  @Test
  void being_killed_for_memory_is_named_as_such() {
    sandbox.on(BUILD, t -> ScriptedSandbox.outOfMemory());

    assertThat(buildAndTests().check(tree).problem()).contains("build was killed: out of memory");
  }

  @Test
  void an_evals_own_timeout_overrides_the_suites_limits_for_that_eval_only() {
    sandbox
        .on(BUILD, t -> ok(""))
        .on(
            TESTS,
            t -> {
              SurefireXml.suite("demo.FooTest").pass("a").writeTo(t);
              return ok("");
            });
    var eval =
        new EvalSpec(
            "tests", EvalTypes.JUNIT, TESTS, List.of(), Optional.of(Duration.ofSeconds(42)));

    suite(Optional.of(BUILD), eval).check(tree);

    assertThat(sandbox.calls())
        .extracting(c -> c.limits().timeout())
        .containsExactly(Limits.DEFAULT.timeout(), Duration.ofSeconds(42));
  }

  @Test
  void every_exec_is_logged_with_its_step_command_and_result() {
    sandbox
        .on(BUILD, t -> ok("built"))
        .on(
            TESTS,
            t -> {
              SurefireXml.suite("demo.FooTest").pass("a").writeTo(t);
              return ok("tested");
            });

    TreeCheck check = buildAndTests().check(tree);

    assertThat(check.logs())
        .extracting(EvalLog::step, EvalLog::command, l -> l.result().stdout())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("build", BUILD, "built"),
            org.assertj.core.groups.Tuple.tuple("tests", TESTS, "tested"));
  }

  @Test
  void measure_reads_every_metric_and_sums_the_wall_time_of_the_commands() {
    sandbox
        .on(
            BENCH,
            ScriptedSandbox.metrics(
                "warmup\n", "{\"ms_per_op\": 12.5, \"heap_mb\": 300}", Duration.ofMillis(700)))
        .on("java demo.Io", ScriptedSandbox.metrics("", "{\"io_ms\": 3}", Duration.ofMillis(300)));
    EvalSuite suite =
        suite(
            Optional.empty(),
            EvalTypes.command("speed", BENCH, METRICS),
            EvalTypes.command(
                "io",
                "java demo.Io",
                List.of(new MetricSpec("io_ms", Direction.LOWER, Role.GUARD))));

    Measurement m = suite.measure(tree);

    assertThat(m.ok()).isTrue();
    assertThat(m.metrics())
        .containsEntry("ms_per_op", 12.5)
        .containsEntry("heap_mb", 300.0)
        .containsEntry("io_ms", 3.0);
    assertThat(m.wall()).isEqualTo(Duration.ofSeconds(1));
    assertThat(m.logs()).hasSize(2);
  }

  @Test
  void measure_runs_each_command_eval_as_its_own_exec_every_time() {
    sandbox.on(
        BENCH,
        ScriptedSandbox.metrics("", "{\"ms_per_op\": 1, \"heap_mb\": 2}", Duration.ofMillis(100)));
    EvalSuite suite =
        suite(
            Optional.of(BUILD),
            EvalTypes.junit("tests", TESTS),
            EvalTypes.command("speed", BENCH, METRICS));

    suite.measure(tree);
    suite.measure(tree);

    assertThat(sandbox.calls())
        .extracting(ScriptedSandbox.Call::command)
        .containsExactly(BENCH, BENCH);
  }

  @Test
  void a_bad_metric_line_is_a_problem_naming_the_eval_and_quoting_the_line() {
    sandbox.on(BENCH, t -> ok("Benchmark done"));

    Measurement m =
        suite(Optional.empty(), EvalTypes.command("speed", BENCH, METRICS)).measure(tree);

    assertThat(m.problem())
        .contains("eval 'speed': last line is not a JSON object: \"Benchmark done\"");
    assertThat(m.metrics()).isEmpty();
  }

  @Test
  void a_failing_benchmark_is_a_problem_with_its_exit_code_and_output() {
    sandbox.on(
        BENCH,
        t ->
            exit(
                1,
                "",
                "Exception in thread \"main\" java.lang.IllegalStateException: boom\n\tat demo.Bench.main(Bench.java:3)"));

    Measurement m =
        suite(Optional.empty(), EvalTypes.command("speed", BENCH, METRICS)).measure(tree);

    assertThat(m.problem())
        .contains(
            "eval 'speed' failed (exit 1): Exception in thread \"main\" java.lang.IllegalStateException: boom");
  }

  @Test
  void a_benchmark_timeout_is_named() {
    sandbox.on(BENCH, t -> ScriptedSandbox.timedOut(""));
    var eval =
        new EvalSpec(
            "speed", EvalTypes.COMMAND, BENCH, METRICS, Optional.of(Duration.ofSeconds(5)));

    Measurement m = suite(Optional.empty(), eval).measure(tree);

    assertThat(m.problem()).contains("eval 'speed' timed out after 5 s");
  }

  private String resource(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
