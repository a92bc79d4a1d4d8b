package dev.kaizen.evals.jmh;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kaizen.evals.Direction;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Golden tests on result files written by JMH 1.37 on OpenJDK 17.0.15 (see {@code
 * src/test/resources/jmh/README.md} for the command lines). Every expected fork score is computed
 * by hand from the file's {@code rawData} in a comment.
 */
class JmhResultReaderTest {

  static final Offset<Double> EXACT = within(1e-9);

  static Path golden(String file) {
    try {
      var url = JmhResultReaderTest.class.getResource("/jmh/" + file);
      assertThat(url).as("golden file jmh/%s on the test classpath", file).isNotNull();
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new AssertionError(e);
    }
  }

  static JmhBenchmark only(JmhResults results, String name) {
    return results
        .benchmark(name)
        .orElseThrow(
            () ->
                new AssertionError(
                    "no benchmark "
                        + name
                        + " in "
                        + results.benchmarks().stream().map(JmhBenchmark::name).toList()));
  }

  @Test
  void reads_every_benchmark_of_a_run_with_params_in_file_order() {
    JmhResults results = JmhResultReader.read(golden("modes.json"));

    assertThat(results.problems()).as("problems").isEmpty();
    assertThat(results.ok()).isTrue();
    assertThat(results.benchmarks())
        .extracting(JmhBenchmark::name)
        .containsExactly(
            "demo.SumBench.sum[kind=a,size=10]",
            "demo.SumBench.sum[kind=a,size=1000]",
            "demo.CopyBench.copyAvg",
            "demo.SleepBench.sleep20");
    assertThat(results.benchmarks())
        .extracting(JmhBenchmark::mode)
        .containsExactly("thrpt", "thrpt", "avgt", "sample");
    assertThat(results.benchmarks())
        .extracting(JmhBenchmark::unit)
        .containsExactly("ops/ms", "ops/ms", "ns/op", "ms/op");
    assertThat(results.benchmarks())
        .as("-f 2: two forks each")
        .allSatisfy(b -> assertThat(b.forks()).isEqualTo(2));
  }

  @Test
  void a_throughput_fork_scores_the_mean_of_its_iterations_and_higher_is_better() {
    JmhBenchmark sum =
        only(JmhResultReader.read(golden("modes.json")), "demo.SumBench.sum[kind=a,size=10]");

    // rawData [[402358.3594510233, 470744.1765510324], [412948.6453943564, 471063.63379766676]]
    // fork 1: (402358.3594510233 + 470744.1765510324) / 2 = 436551.2680010279
    // fork 2: (412948.6453943564 + 471063.63379766676) / 2 = 442006.1395960116
    assertThat(sum.forkScores()).hasSize(2);
    assertThat(sum.forkScores().get(0)).isCloseTo(436551.2680010279, EXACT);
    assertThat(sum.forkScores().get(1)).isCloseTo(442006.1395960116, EXACT);
    assertThat(sum.score()).as("JMH's own score").isEqualTo(439278.70379851974);
    assertThat(sum.higherIsBetter()).isTrue();
    assertThat(sum.direction()).isEqualTo(Direction.HIGHER);
  }

  @Test
  void with_as_many_iterations_per_fork_the_mean_of_fork_scores_is_jmhs_score() {
    for (String file : List.of("modes.json", "gc.json", "single-shot.json")) {
      for (JmhBenchmark b : JmhResultReader.read(golden(file)).benchmarks()) {
        if (b.mode().equals("sample")) continue;
        double mean =
            b.forkScores().stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        assertThat(mean)
            .as("%s in %s", b.name(), file)
            .isCloseTo(b.score(), within(1e-9 * b.score()));
      }
    }
  }

  @Test
  void an_average_time_benchmark_is_better_lower() {
    JmhBenchmark copy = only(JmhResultReader.read(golden("modes.json")), "demo.CopyBench.copyAvg");

    // rawData [[262.1080256842821, 335.90661927498735], [251.1731374704033, 326.03715239515134]]
    // fork 1: (262.1080256842821 + 335.90661927498735) / 2 = 299.0073224796347
    // fork 2: (251.1731374704033 + 326.03715239515134) / 2 = 288.6051449327773
    assertThat(copy.forkScores()).containsExactly(299.0073224796347, 288.6051449327773);
    assertThat(copy.score()).isEqualTo(293.806233706206);
    assertThat(copy.higherIsBetter()).isFalse();
    assertThat(copy.direction()).isEqualTo(Direction.LOWER);
    assertThat(copy.secondaryForkScores()).as("no profiler").isEmpty();
  }

  @Test
  void a_sample_fork_scores_the_count_weighted_mean_of_its_histogram() {
    JmhBenchmark sleep =
        only(JmhResultReader.read(golden("modes.json")), "demo.SleepBench.sleep20");

    // rawDataHistogram, fork 1: [[20.086783999999998, 5]], [[20.086783999999998, 5]]
    //   -> 10 samples of 20.086784: mean 20.086784
    // fork 2: [[20.054016, 1], [20.086783999999998, 4]], [[20.086783999999998, 4], [20.119552, 1]]
    //   -> (20.054016 * 1 + 20.086784 * 8 + 20.119552 * 1) / 10 = 200.86784 / 10 = 20.086784
    assertThat(sleep.forkScores()).hasSize(2);
    assertThat(sleep.forkScores().get(0)).isCloseTo(20.086784, EXACT);
    assertThat(sleep.forkScores().get(1)).isCloseTo(20.086784, EXACT);
    assertThat(sleep.score()).isEqualTo(20.086783999999998);
    assertThat(sleep.higherIsBetter()).as("sample mode measures time").isFalse();
    // JMH writes the percentiles as secondary metrics with rawData per fork and iteration
    // p0.00 rawData [[20.086783999999998, 20.086783999999998], [20.054016, 20.086783999999998]]
    // fork 2: (20.054016 + 20.086784) / 2 = 20.0704
    assertThat(sleep.secondaryForkScores()).containsKeys("p0.00", "p0.50", "p1.00");
    assertThat(sleep.secondaryForkScores().get("p0.00").get(1)).isCloseTo(20.0704, EXACT);
  }

  @Test
  void a_large_sample_histogram_gives_fork_scores_around_jmhs_pooled_score() {
    JmhResults results = JmhResultReader.read(golden("sample-histogram.json"));

    assertThat(results.problems()).isEmpty();
    JmhBenchmark copy = only(results, "demo.CopyBench.copySample");
    assertThat(copy.mode()).isEqualTo("sample");
    assertThat(copy.unit()).isEqualTo("ns/op");
    assertThat(copy.forks()).isEqualTo(2);
    // JMH's score pools every sample of every fork: a count-weighted mean of the fork means, so
    // it lies between them.
    double low = Math.min(copy.forkScores().get(0), copy.forkScores().get(1));
    double high = Math.max(copy.forkScores().get(0), copy.forkScores().get(1));
    assertThat(copy.score())
        .as("JMH score %s between fork scores %s", copy.score(), copy.forkScores())
        .isBetween(low, high);
  }

  @Test
  void single_shot_forks_average_their_shots_and_lower_is_better() {
    JmhResults results = JmhResultReader.read(golden("single-shot.json"));

    assertThat(results.problems()).isEmpty();
    JmhBenchmark ss = only(results, "demo.CopyBench.copyAvg");
    // rawData [[2.546, 1.779, 0.787], [4.997, 4.135, 1.454]]
    // fork 1: (2.546 + 1.779 + 0.787) / 3 = 5.112 / 3 = 1.704
    // fork 2: (4.997 + 4.135 + 1.454) / 3 = 10.586 / 3 = 3.528666…
    assertThat(ss.mode()).isEqualTo("ss");
    assertThat(ss.unit()).isEqualTo("us/op");
    assertThat(ss.forkScores().get(0)).isCloseTo(1.704, EXACT);
    assertThat(ss.forkScores().get(1)).isCloseTo(10.586 / 3, EXACT);
    assertThat(ss.score()).isEqualTo(2.616333333333333);
    assertThat(ss.higherIsBetter()).isFalse();
  }

  @Test
  void gc_profiler_metrics_become_secondary_fork_scores() {
    JmhResults results = JmhResultReader.read(golden("gc.json"));

    assertThat(results.problems()).isEmpty();
    assertThat(results.benchmarks())
        .extracting(JmhBenchmark::name)
        .containsExactly("demo.SumBench.sum[kind=a,size=1000]", "demo.CopyBench.copyAvg");
    JmhBenchmark copy = only(results, "demo.CopyBench.copyAvg");
    assertThat(copy.secondaryForkScores())
        .as("in file order")
        .containsOnlyKeys("gc.alloc.rate", "gc.alloc.rate.norm", "gc.count", "gc.time");
    assertThat(List.copyOf(copy.secondaryForkScores().keySet()))
        .containsExactly("gc.alloc.rate", "gc.alloc.rate.norm", "gc.count", "gc.time");
    // gc.alloc.rate.norm rawData [[1040.0170335511932, 1040.0203984687178],
    //                             [1040.0158495249916, 1040.01959116129]]
    // fork 1: (1040.0170335511932 + 1040.0203984687178) / 2 = 1040.0187160099555
    // fork 2: (1040.0158495249916 + 1040.01959116129) / 2 = 1040.0177203431408
    List<Double> norm = copy.secondaryForkScores().get("gc.alloc.rate.norm");
    assertThat(norm.get(0)).isCloseTo(1040.0187160099555, EXACT);
    assertThat(norm.get(1)).isCloseTo(1040.0177203431408, EXACT);
    // gc.time has one value per fork, not per iteration: [[3.0], [8.0]]
    assertThat(copy.secondaryForkScores().get("gc.time")).containsExactly(3.0, 8.0);
    // gc.count [[1.0, 0.0], [2.0, 0.0]] -> 0.5, 1.0
    assertThat(copy.secondaryForkScores().get("gc.count")).containsExactly(0.5, 1.0);

    JmhBenchmark sum = only(results, "demo.SumBench.sum[kind=a,size=1000]");
    assertThat(sum.secondaryForkScores())
        .as("no GC ran, so JMH wrote no gc.time")
        .containsOnlyKeys("gc.alloc.rate", "gc.alloc.rate.norm", "gc.count");
  }

  @Test
  void reading_the_text_gives_what_reading_the_file_gives() throws Exception {
    Path file = golden("gc.json");

    JmhResults fromText = JmhResultReader.read(java.nio.file.Files.readString(file), "gc.json");

    assertThat(fromText).isEqualTo(JmhResultReader.read(file));
  }
}
