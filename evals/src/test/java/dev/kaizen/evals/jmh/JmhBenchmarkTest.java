package dev.kaizen.evals.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.evals.Direction;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JmhBenchmarkTest {

  @ParameterizedTest
  @CsvSource({"thrpt, HIGHER", "avgt, LOWER", "sample, LOWER", "ss, LOWER"})
  void only_throughput_is_better_higher(String mode, Direction direction) {
    var b = new JmhBenchmark("demo.Bench.run", mode, "ns/op", List.of(1.0, 2.0), 1.5);

    assertThat(b.direction()).as(mode).isEqualTo(direction);
    assertThat(b.higherIsBetter()).isEqualTo(direction == Direction.HIGHER);
    assertThat(b.forks()).isEqualTo(2);
  }

  @Test
  void rejects_an_unknown_mode() {
    assertThatThrownBy(() -> new JmhBenchmark("demo.Bench.run", "all", "ns/op", List.of(1.0), 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown JMH mode 'all' of demo.Bench.run");
  }

  @Test
  void rejects_no_forks_and_non_finite_fork_scores() {
    assertThatThrownBy(() -> new JmhBenchmark("demo.Bench.run", "avgt", "ns/op", List.of(), 1.0))
        .hasMessage("demo.Bench.run has no fork scores");
    assertThatThrownBy(
            () ->
                new JmhBenchmark(
                    "demo.Bench.run", "avgt", "ns/op", Arrays.asList(1.0, Double.NaN), 1.0))
        .hasMessage("demo.Bench.run has a non-finite fork score NaN");
  }

  @Test
  void its_lists_and_map_cannot_be_changed() {
    var scores = new java.util.ArrayList<>(List.of(1.0));
    var b =
        new JmhBenchmark(
            "demo.Bench.run",
            "avgt",
            "ns/op",
            scores,
            1.0,
            new java.util.HashMap<>(java.util.Map.of("gc.alloc.rate.norm", List.of(8.0))));
    scores.add(2.0);

    assertThat(b.forkScores()).as("copied").containsExactly(1.0);
    assertThatThrownBy(() -> b.secondaryForkScores().put("x", List.of()))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
