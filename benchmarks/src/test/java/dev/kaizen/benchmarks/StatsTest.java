package dev.kaizen.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatsTest {

  @Test
  void median_and_p90_of_an_odd_count() {
    List<Duration> timings =
        IntStream.rangeClosed(1, 11).map(i -> 12 - i).mapToObj(Duration::ofMillis).toList();

    Stats stats = Stats.of(timings);

    assertThat(stats.runs()).isEqualTo(11);
    assertThat(stats.median()).isEqualTo(Duration.ofMillis(6));
    assertThat(stats.p90()).isEqualTo(Duration.ofMillis(10));
    assertThat(stats.min()).isEqualTo(Duration.ofMillis(1));
    assertThat(stats.max()).isEqualTo(Duration.ofMillis(11));
  }

  @Test
  void median_of_an_even_count_is_the_mean_of_the_middle_two() {
    Stats stats =
        Stats.of(
            List.of(
                Duration.ofMillis(4),
                Duration.ofMillis(1),
                Duration.ofMillis(2),
                Duration.ofMillis(10)));

    assertThat(stats.median()).isEqualTo(Duration.ofMillis(3));
    assertThat(stats.p90()).isEqualTo(Duration.ofMillis(10));
  }

  @Test
  void refuses_no_timings() {
    assertThatThrownBy(() -> Stats.of(List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void benchmark_refuses_bad_options_with_exit_2_and_usage() {
    var err = new ByteArrayOutputStream();

    int code =
        SandboxBenchmark.run(
            new String[] {"--maven-runs", "zero"},
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("--maven-runs needs a positive number, not zero")
        .contains("usage: SandboxBenchmark");
  }
}
