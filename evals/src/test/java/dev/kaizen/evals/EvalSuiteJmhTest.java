package dev.kaizen.evals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kaizen.evals.types.EvalTypes;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Limits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A jmh eval: the command writes JMH's JSON to {out}; every benchmark becomes a metric. */
class EvalSuiteJmhTest {

  static final String COMMAND = "java -jar target/benchmarks.jar -f 2 -rf json -rff {out}";
  static final String RUN =
      "java -jar target/benchmarks.jar -f 2 -rf json -rff \"$KAIZEN_RESULTS\"/jmh-results.json";

  @TempDir Path tree;

  private static String golden(String name) throws IOException {
    try (InputStream in = EvalSuiteJmhTest.class.getResourceAsStream("/jmh/" + name)) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
  }

  private EvalSuite suite(ScriptedSandbox sandbox, EvalSpec eval) {
    return new EvalSuite(new SuiteSpec(Optional.empty(), List.of(eval)), sandbox, Limits.DEFAULT);
  }

  /** Where the last run of {@link #writing} wrote its results. */
  private Path resultsFile;

  private ScriptedSandbox writing(String json) {
    return new ScriptedSandbox().on(RUN, writingResults(json));
  }

  /** A run that writes {@code json} where a JMH command given the eval's {out} would. */
  private ScriptedSandbox.Script writingResults(String json) {
    return new ScriptedSandbox.Script() {
      @Override
      public ExecResult run(Path tree) {
        throw new IllegalStateException("needs the command's results directory");
      }

      @Override
      public ExecResult run(Path tree, Command command) throws IOException {
        resultsFile = command.results().orElseThrow().resolve("jmh-results.json");
        Files.writeString(resultsFile, json);
        return ScriptedSandbox.ok("# Run complete.");
      }
    };
  }

  @Test
  void every_benchmark_is_a_metric_valued_at_the_median_of_its_fork_scores() throws IOException {
    var sandbox = writing(golden("modes.json"));

    Measurement m = suite(sandbox, EvalTypes.jmh("jmh", COMMAND)).measure(tree);

    assertThat(m.ok()).as(m.problem().orElse("")).isTrue();
    MetricSpec sum =
        m.specs().stream()
            .filter(s -> s.name().equals("demo.SumBench.sum[kind=a,size=10]"))
            .findFirst()
            .orElseThrow();
    assertThat(sum.better()).as("throughput").isEqualTo(Direction.HIGHER);
    assertThat(sum.role()).isEqualTo(Role.TARGET);
    // rawData [[402358.3594510233, 470744.1765510324], [412948.6453943564, 471063.63379766676]]:
    // fork means 436551.268 and 442006.140, median of two = their mean 439278.704
    assertThat(m.replicates().get(sum.name())).hasSize(2);
    assertThat(m.metrics().get(sum.name())).isCloseTo(439278.704, within(0.01));
    assertThat(m.specs())
        .filteredOn(s -> s.name().equals("demo.CopyBench.copyAvg"))
        .singleElement()
        .satisfies(s -> assertThat(s.better()).as("average time").isEqualTo(Direction.LOWER));
    assertThat(sandbox.calls()).extracting(ScriptedSandbox.Call::command).containsExactly(RUN);
    assertThat(resultsFile).as("the results file is removed once read").doesNotExist();
    assertThat(resultsFile.startsWith(tree)).as("results are written outside the tree").isFalse();
  }

  @Test
  void a_benchmark_named_in_metrics_gets_its_role_and_the_others_the_evals_role()
      throws IOException {
    var sandbox = writing(golden("modes.json"));
    var eval =
        new EvalSpec(
            "jmh",
            EvalTypes.JMH,
            COMMAND,
            List.of(new MetricSpec("demo.CopyBench.copyAvg", Direction.LOWER, Role.GUARD)),
            Optional.empty(),
            Role.TARGET);

    Measurement m = suite(sandbox, eval).measure(tree);

    assertThat(m.specs())
        .filteredOn(s -> s.role() == Role.GUARD)
        .extracting(MetricSpec::name)
        .containsExactly("demo.CopyBench.copyAvg");
  }

  @Test
  void a_named_benchmark_missing_from_the_results_fails_the_run_naming_it() throws IOException {
    var sandbox = writing(golden("modes.json"));
    var eval =
        new EvalSpec(
            "jmh",
            EvalTypes.JMH,
            COMMAND,
            List.of(new MetricSpec("demo.Gone.bench", Direction.LOWER, Role.TARGET)),
            Optional.empty(),
            Role.TARGET);

    Measurement m = suite(sandbox, eval).measure(tree);

    assertThat(m.problem())
        .contains("eval 'jmh': benchmark demo.Gone.bench is missing from the JMH results");
  }

  @Test
  void results_that_are_not_json_fail_the_run_with_the_reason() {
    var sandbox = writing("Benchmark  Mode  Cnt  Score");

    Measurement m = suite(sandbox, EvalTypes.jmh("jmh", COMMAND)).measure(tree);

    assertThat(m.problem().orElseThrow()).startsWith("eval 'jmh': ").contains("is not JSON");
  }

  @Test
  void a_command_that_writes_no_results_fails_the_run() {
    var sandbox = new ScriptedSandbox().on(RUN, t -> ScriptedSandbox.ok("done"));

    Measurement m = suite(sandbox, EvalTypes.jmh("jmh", COMMAND)).measure(tree);

    assertThat(m.problem().orElseThrow()).startsWith("eval 'jmh': ");
  }

  @Test
  void a_jmh_eval_must_name_its_results_file() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> EvalTypes.jmh("jmh", "java -jar target/benchmarks.jar"))
        .hasMessageStartingWith("jmh eval 'jmh' must write its results to {out}");
  }

  @Test
  void attack_results_linked_to_a_host_file_are_not_read_and_nothing_of_it_is_quoted(
      @TempDir Path host) throws IOException {
    Path secret = Files.writeString(host.resolve("secret.txt"), "API_KEY=sk-planted-secret");
    var sandbox =
        new ScriptedSandbox()
            .on(
                RUN,
                new ScriptedSandbox.Script() {
                  @Override
                  public ExecResult run(Path tree) {
                    throw new IllegalStateException("needs the command's results directory");
                  }

                  @Override
                  public ExecResult run(Path tree, Command command) throws IOException {
                    Path results = command.results().orElseThrow();
                    Files.createSymbolicLink(results.resolve("jmh-results.json"), secret);
                    return ScriptedSandbox.ok("# Run complete.");
                  }
                });

    Measurement m = suite(sandbox, EvalTypes.jmh("jmh", COMMAND)).measure(tree);

    assertThat(m.ok()).isFalse();
    assertThat(m.problem())
        .hasValueSatisfying(
            p -> assertThat(p).contains("a symbolic link").doesNotContain("sk-planted-secret"));
  }
}
