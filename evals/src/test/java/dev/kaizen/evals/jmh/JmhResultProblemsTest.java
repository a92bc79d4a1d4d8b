package dev.kaizen.evals.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input is a one-line problem, never an exception; usable entries of the file are kept. */
class JmhResultProblemsTest {

  @TempDir Path dir;

  /** A well-formed entry as JMH writes it, with the given mode and primaryMetric raw data. */
  static String entry(String benchmark, String mode, String rawData) {
    return """
        {"benchmark": "%s", "mode": "%s", "params": {"size": "10"},
         "primaryMetric": {"score": 2.0, "scoreUnit": "ns/op", "rawData": %s},
         "secondaryMetrics": {}}"""
        .formatted(benchmark, mode, rawData);
  }

  static String entry(String rawData) {
    return entry("demo.Bench.run", "avgt", rawData);
  }

  static JmhResults read(String json) {
    return JmhResultReader.read(json, "results.json");
  }

  static void assertProblem(JmhResults results, String problem) {
    assertThat(results.problems()).as("problems").containsExactly(problem);
    assertThat(results.ok()).isFalse();
    assertThat(problem).as("one line").doesNotContain("\n");
  }

  @Test
  void a_missing_file_is_a_problem_naming_it() {
    Path file = dir.resolve("nope.json");

    JmhResults results = JmhResultReader.read(file);

    assertProblem(results, "JMH result file " + file + " does not exist");
    assertThat(results.benchmarks()).isEmpty();
  }

  @Test
  void a_directory_cannot_be_read() {
    JmhResults results = JmhResultReader.read(dir);

    assertThat(results.problems())
        .singleElement()
        .asString()
        .startsWith("cannot read JMH result file " + dir + ": ");
  }

  @Test
  void a_file_that_is_not_utf8_cannot_be_read() throws IOException {
    Path file = Files.write(dir.resolve("latin1.json"), new byte[] {'[', (byte) 0xE9, ']'});

    assertProblem(
        JmhResultReader.read(file), "cannot read JMH result file " + file + ": not UTF-8 text");
  }

  @Test
  void an_empty_file_is_a_problem() throws IOException {
    Path file = Files.writeString(dir.resolve("empty.json"), "");

    assertProblem(JmhResultReader.read(file), file + " is empty");
  }

  @Test
  void a_blank_text_is_empty() {
    assertProblem(read(" \n\t"), "results.json is empty");
  }

  @Test
  void text_that_is_not_json_is_quoted() {
    assertProblem(
        read("Benchmark   Mode  Cnt  Score\nFoo.bar    avgt    4  2.0\n"),
        "results.json is not JSON: \"Benchmark Mode Cnt Score Foo.bar avgt 4 2.0\"");
  }

  @Test
  void a_long_non_json_text_is_quoted_up_to_120_characters() {
    String text = "x".repeat(200);

    assertProblem(read(text), "results.json is not JSON: \"" + "x".repeat(120) + "…\"");
  }

  @Test
  void json_followed_by_more_text_is_not_json() {
    assertProblem(read("[] trailing"), "results.json is not JSON: \"[] trailing\"");
  }

  @Test
  void truncated_json_is_not_json() {
    assertProblem(
        read("[{\"benchmark\": \"demo.Bench.run\""),
        "results.json is not JSON: \"[{\"benchmark\": \"demo.Bench.run\"\"");
  }

  @Test
  void a_json_object_is_not_a_result_array() {
    assertProblem(
        read("{\"benchmark\": \"demo.Bench.run\"}"),
        "results.json is not a JSON array of JMH results but an object");
  }

  @Test
  void an_empty_array_lists_no_benchmarks() {
    assertProblem(read("[]"), "results.json lists no benchmarks");
  }

  @Test
  void an_entry_that_is_not_an_object_is_named_by_position() {
    assertProblem(
        read("[" + entry("[[1.0]]") + ", 42]"),
        "results.json: entry 2: not an object but a number");
  }

  @Test
  void an_entry_without_a_benchmark_name_is_named_by_position() {
    assertProblem(read("[{\"mode\": \"avgt\"}]"), "results.json: entry 1: no 'benchmark' name");
  }

  @Test
  void params_that_are_not_an_object_are_a_problem() {
    String json = "[" + entry("[[1.0]]").replace("{\"size\": \"10\"}", "\"size=10\"") + "]";

    assertProblem(read(json), "results.json: entry 1: params of demo.Bench.run is not an object");
  }

  @Test
  void an_entry_without_a_mode_is_a_problem() {
    assertProblem(
        read("[{\"benchmark\": \"demo.Bench.run\", \"primaryMetric\": {}}]"),
        "results.json: demo.Bench.run: no mode");
  }

  @Test
  void an_unknown_mode_is_a_problem_because_its_direction_is_unknown() {
    assertProblem(
        read("[" + entry("demo.Bench.run", "all", "[[1.0]]") + "]"),
        "results.json: demo.Bench.run[size=10]: unknown mode \"all\", expected thrpt, avgt, sample or ss");
  }

  @Test
  void an_entry_without_primary_metric_is_a_problem_naming_the_benchmark() {
    assertProblem(
        read(
            "[{\"benchmark\": \"demo.Bench.run\", \"mode\": \"thrpt\", \"params\": {\"n\": \"1\"}}]"),
        "results.json: demo.Bench.run[n=1]: no primaryMetric");
  }

  @Test
  void a_primary_metric_without_unit_is_a_problem() {
    assertProblem(
        read("[" + entry("[[1.0]]").replace("\"scoreUnit\": \"ns/op\", ", "") + "]"),
        "results.json: demo.Bench.run[size=10]: primaryMetric has no scoreUnit");
  }

  @Test
  void a_nan_primary_score_is_a_problem() {
    assertProblem(
        read("[" + entry("[[1.0]]").replace("\"score\": 2.0", "\"score\": \"NaN\"") + "]"),
        "results.json: demo.Bench.run[size=10]: primaryMetric has no finite score");
  }

  @Test
  void a_primary_metric_without_raw_data_is_a_problem() {
    assertProblem(
        read("[" + entry("null") + "]"),
        "results.json: demo.Bench.run[size=10]: primaryMetric has neither rawData nor rawDataHistogram");
  }

  @Test
  void raw_data_that_is_not_a_list_of_forks_is_a_problem() {
    assertProblem(
        read("[" + entry("{}") + "]"),
        "results.json: demo.Bench.run[size=10]: rawData is not a list of forks");
  }

  @Test
  void raw_data_without_forks_is_a_problem() {
    assertProblem(
        read("[" + entry("[]") + "]"),
        "results.json: demo.Bench.run[size=10]: rawData has no forks");
  }

  @Test
  void a_fork_that_is_not_a_list_is_a_problem() {
    assertProblem(
        read("[" + entry("[[1.0], 2.0]") + "]"),
        "results.json: demo.Bench.run[size=10]: fork 2 is not a list of iterations");
  }

  @Test
  void a_fork_without_iterations_is_a_problem_naming_the_benchmark() {
    assertProblem(
        read("[" + entry("[[1.0, 2.0], []]") + "]"),
        "results.json: demo.Bench.run[size=10]: fork 2 has no measurement iterations");
  }

  @Test
  void a_nan_iteration_as_jmh_writes_it_is_a_problem_naming_the_benchmark() {
    assertProblem(
        read("[" + entry("[[1.0, \"NaN\"], [2.0, 3.0]]") + "]"),
        "results.json: demo.Bench.run[size=10]: fork 1 iteration 2 is not finite: NaN");
  }

  @Test
  void a_bare_nan_token_is_read_as_nan() {
    assertProblem(
        read("[" + entry("[[1.0, 2.0], [NaN]]") + "]"),
        "results.json: demo.Bench.run[size=10]: fork 2 iteration 1 is not finite: NaN");
  }

  @Test
  void an_infinite_iteration_is_a_problem() {
    assertProblem(
        read("[" + entry("[[\"-Infinity\"]]") + "]"),
        "results.json: demo.Bench.run[size=10]: fork 1 iteration 1 is not finite: -Infinity");
  }

  @Test
  void an_iteration_that_is_not_a_number_is_quoted() {
    assertProblem(
        read("[" + entry("[[1.0, \"fast\"]]") + "]"),
        "results.json: demo.Bench.run[size=10]: fork 1 iteration 2 is not a number: \"fast\"");
  }

  @Test
  void a_malformed_histogram_pair_is_a_problem() {
    String json =
        "["
            + entry("demo.Bench.run", "sample", "null")
                .replace("\"rawData\": null", "\"rawDataHistogram\": [[[[1.0, 2], [3.0]]]]")
            + "]";

    assertProblem(
        read(json),
        "results.json: demo.Bench.run[size=10]: fork 1 iteration 1 has a malformed histogram entry [3.0]");
  }

  @Test
  void a_histogram_fork_without_samples_is_a_problem() {
    String json =
        "["
            + entry("demo.Bench.run", "sample", "null")
                .replace(
                    "\"rawData\": null", "\"rawDataHistogram\": [[[[1.0, 2]]], [[[1.0, 0]], []]]")
            + "]";

    assertProblem(read(json), "results.json: demo.Bench.run[size=10]: fork 2 has no samples");
  }

  @Test
  void a_histogram_fork_is_weighted_by_counts_across_iterations() {
    String json =
        "["
            + entry("demo.Bench.run", "sample", "null")
                .replace(
                    "\"rawData\": null",
                    "\"rawDataHistogram\": [[[[1.0, 3], [5.0, 1]], [[2.0, 4]]]]")
            + "]";

    JmhResults results = read(json);

    assertThat(results.problems()).isEmpty();
    // (1.0 * 3 + 5.0 * 1 + 2.0 * 4) / (3 + 1 + 4) = 16 / 8 = 2.0
    assertThat(results.benchmarks().get(0).forkScores()).containsExactly(2.0);
  }

  @Test
  void a_benchmark_listed_twice_keeps_the_first() {
    JmhResults results = read("[" + entry("[[1.0]]") + "," + entry("[[9.0]]") + "]");

    assertProblem(results, "results.json: demo.Bench.run[size=10]: listed more than once");
    assertThat(results.benchmarks())
        .singleElement()
        .satisfies(b -> assertThat(b.forkScores()).containsExactly(1.0));
  }

  @Test
  void good_entries_are_kept_next_to_bad_ones() {
    String json =
        "["
            + entry("demo.A.a", "thrpt", "[[1.0, 3.0], [5.0, 7.0]]")
            + ","
            + entry("demo.B.b", "avgt", "[[1.0], []]")
            + "]";

    JmhResults results = read(json);

    assertProblem(results, "results.json: demo.B.b[size=10]: fork 2 has no measurement iterations");
    assertThat(results.benchmarks())
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.name()).isEqualTo("demo.A.a[size=10]");
              assertThat(b.forkScores()).containsExactly(2.0, 6.0);
            });
  }

  @Test
  void a_secondary_metric_without_usable_raw_data_is_left_out_without_a_problem() {
    String json =
        "["
            + entry("[[1.0]]")
                .replace(
                    "\"secondaryMetrics\": {}",
                    """
        "secondaryMetrics": {
          "gc.alloc.rate.norm": {"score": 16.0, "scoreUnit": "B/op", "rawData": [[16.0], [16.0]]},
          "gc.count": {"score": "NaN", "scoreUnit": "counts", "rawData": [["NaN"]]},
          "·custom": {"score": 1.0, "scoreUnit": "x"}
        }""")
            + "]";

    JmhResults results = read(json);

    assertThat(results.problems()).isEmpty();
    assertThat(results.benchmarks().get(0).secondaryForkScores())
        .containsOnlyKeys("gc.alloc.rate.norm")
        .containsEntry("gc.alloc.rate.norm", java.util.List.of(16.0, 16.0));
  }
}
