package dev.kaizen.evals.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.evals.Direction;
import dev.kaizen.evals.MetricSpec;
import dev.kaizen.evals.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetricLineParserTest {

  static final List<MetricSpec> SPEED =
      List.of(
          new MetricSpec("ms_per_op", Direction.LOWER, Role.TARGET),
          new MetricSpec("heap_mb", Direction.LOWER, Role.GUARD));

  static final String NONCE = "6b1f0c2a9d3e4f5a6b7c8d9e0f1a2b3c";

  /** {@code stdout} with every metric object carrying the run's nonce first. */
  static MetricLine parse(String stdout) {
    return MetricLineParser.parse(signed(stdout), SPEED, NONCE);
  }

  static String signed(String text) {
    return text.replace("{\"", "{\"nonce\": \"" + NONCE + "\", \"");
  }

  @Test
  void reads_the_declared_metrics_from_the_last_non_blank_line() {
    MetricLine line =
        parse(
            "warming up\n{\"ms_per_op\": 1}\nBenchmark done\n{\"ms_per_op\": 12.5, \"heap_mb\": 300}\n\n  \n");

    assertThat(line.ok()).isTrue();
    assertThat(line.values())
        .containsExactlyInAnyOrderEntriesOf(java.util.Map.of("ms_per_op", 12.5, "heap_mb", 300.0));
  }

  @Test
  void reads_windows_line_endings_and_integers() {
    assertThat(parse("x\r\n{\"ms_per_op\": 3, \"heap_mb\": 1e2}\r\n").values())
        .containsEntry("ms_per_op", 3.0)
        .containsEntry("heap_mb", 100.0);
  }

  @Test
  void a_last_line_that_is_not_json_is_quoted() {
    assertThat(parse("{\"ms_per_op\": 1, \"heap_mb\": 2}\nBenchmark done\n").problem())
        .contains("last line is not a JSON object: \"Benchmark done\"");
  }

  @Test
  void json_that_is_not_an_object_is_not_a_metric_line() {
    assertThat(parse("[1, 2]").problem()).contains("last line is not a JSON object: \"[1, 2]\"");
    assertThat(parse("42").problem()).contains("last line is not a JSON object: \"42\"");
  }

  @Test
  void trailing_text_after_the_object_is_not_a_metric_line() {
    assertThat(parse("{\"ms_per_op\": 1, \"heap_mb\": 2} done").problem())
        .contains(
            signed("last line is not a JSON object: \"{\"ms_per_op\": 1, \"heap_mb\": 2} done\""));
  }

  @Test
  void a_missing_metric_is_named_with_the_line() {
    assertThat(MetricLineParser.parse(signed("{\"ops\": 3}"), SPEED.subList(0, 1), NONCE).problem())
        .contains(signed("metric 'ms_per_op' missing from {\"ops\": 3}"));
  }

  @Test
  void an_undeclared_key_is_an_error() {
    assertThat(parse("{\"ms_per_op\": 1, \"heap_mb\": 2, \"gc\": 4}").problem())
        .contains(
            signed("undeclared metric 'gc' in {\"ms_per_op\": 1, \"heap_mb\": 2, \"gc\": 4}"));
  }

  @Test
  void a_duplicate_key_is_an_error() {
    assertThat(parse("{\"ms_per_op\": 1, \"ms_per_op\": 2, \"heap_mb\": 2}").problem())
        .hasValueSatisfying(
            p ->
                assertThat(p)
                    .startsWith(signed("duplicate key in {\"ms_per_op\": 1, \"ms_per_op\": 2")));
  }

  @Test
  void a_string_is_not_a_number() {
    assertThat(parse("{\"ms_per_op\": \"1.5\", \"heap_mb\": 2}").problem())
        .contains(
            signed(
                "metric 'ms_per_op' is not a number in {\"ms_per_op\": \"1.5\", \"heap_mb\": 2}"));
  }

  @Test
  void zero_negative_and_infinite_values_are_rejected_because_log_ratios_need_positive_numbers() {
    assertThat(parse("{\"ms_per_op\": 0, \"heap_mb\": 2}").problem())
        .contains(
            signed(
                "metric 'ms_per_op' must be a finite number above 0, not 0 in {\"ms_per_op\": 0, \"heap_mb\": 2}"));
    assertThat(parse("{\"ms_per_op\": 1, \"heap_mb\": -2.5}").problem())
        .hasValueSatisfying(
            p ->
                assertThat(p)
                    .startsWith("metric 'heap_mb' must be a finite number above 0, not -2.5"));
    assertThat(parse("{\"ms_per_op\": 1e400, \"heap_mb\": 2}").problem())
        .hasValueSatisfying(
            p -> assertThat(p).startsWith("metric 'ms_per_op' must be a finite number above 0"));
    assertThat(parse("{\"ms_per_op\": NaN, \"heap_mb\": 2}").problem())
        .hasValueSatisfying(p -> assertThat(p).startsWith("last line is not a JSON object"));
  }

  @Test
  void a_long_line_is_quoted_cut_to_200_characters() {
    String longLine = "x".repeat(500);

    String problem = parse(longLine).problem().orElseThrow();

    assertThat(problem).isEqualTo("last line is not a JSON object: \"" + "x".repeat(200) + "…\"");
  }

  @Test
  void no_output_at_all_is_a_problem() {
    assertThat(parse(" \n\n").problem())
        .contains("no output: the last stdout line must be a JSON object of metrics");
  }

  @Test
  void a_line_without_the_runs_nonce_is_refused_and_quoted() {
    String problem =
        MetricLineParser.parse("{\"ms_per_op\": 1, \"heap_mb\": 2}", SPEED, NONCE)
            .problem()
            .orElseThrow();

    assertThat(problem)
        .startsWith("the last line does not carry this run's nonce")
        .contains("$KAIZEN_NONCE")
        .endsWith("it was {\"ms_per_op\": 1, \"heap_mb\": 2}");
  }

  @Test
  void a_line_with_another_nonce_is_refused() {
    String forged = "{\"nonce\": \"" + "0".repeat(32) + "\", \"ms_per_op\": 1, \"heap_mb\": 2}";

    assertThat(MetricLineParser.parse(forged, SPEED, NONCE).problem())
        .hasValueSatisfying(p -> assertThat(p).startsWith("the last line does not carry"));
  }

  @Test
  void attack_a_shutdown_hook_printing_its_own_score_after_the_benchmark_fails_the_run() {
    String stdout =
        signed("{\"ms_per_op\": 12.5, \"heap_mb\": 300}")
            + "\n{\"ms_per_op\": 0.001, \"heap_mb\": 1}\n";

    MetricLine line = MetricLineParser.parse(stdout, SPEED, NONCE);

    assertThat(line.ok()).isFalse();
    assertThat(line.values()).isEmpty();
    assertThat(line.problem()).hasValueSatisfying(p -> assertThat(p).contains("nonce"));
  }
}
