package dev.kaizen.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kaizen.agent.testing.Docker;
import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.JmhRepo;
import dev.kaizen.sandbox.testing.RequiresDocker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project's JMH benchmarks, end to end: {@code prepare} fills the Maven repository with JMH on
 * the host, the shaded {@code benchmarks.jar} is built and run in a real Docker sandbox, its JSON
 * results become metrics with one score per fork, and the gate compares them.
 */
@RequiresDocker
class JmhEndToEndTest {

  @TempDir Path tmp;

  @AfterEach
  void no_sandbox_container_is_left_behind() {
    assertThat(Docker.sandboxContainers())
        .as("containers this JVM's sandbox started, after the run")
        .isEmpty();
  }

  @Test
  void eval_reports_the_benchmark_as_a_metric_with_one_score_per_fork() {
    try (GitFixture repo = JmhRepo.create(tmp.resolve("distinct"))) {
      CliRun run = CliRun.of("eval", "--repo", repo.root().toString(), "--json");

      assertThat(run.exitCode()).as(run.toString()).isZero();
      JsonNode json = run.json();
      assertThat(json.get("sandbox").asText()).isEqualTo("docker");
      assertThat(json.get("ok").asBoolean()).as(run.toString()).isTrue();
      assertThat(json.get("tests").get("run").asInt()).as("unit tests run").isEqualTo(2);
      JsonNode measurement = json.get("measurement");
      assertThat(measurement.has("problem")).as(run.toString()).isFalse();
      assertThat(names(measurement.get("metrics")))
          .as("metrics: one per benchmark, params in the name")
          .containsExactly(JmhRepo.BENCHMARK);
      double median = measurement.get("metrics").get(JmhRepo.BENCHMARK).asDouble();
      List<Double> forks = new ArrayList<>();
      measurement.get("forks").get(JmhRepo.BENCHMARK).forEach(f -> forks.add(f.asDouble()));
      assertThat(forks)
          .as("one score per fork (-f 2)")
          .hasSize(2)
          .allSatisfy(s -> assertThat(s).isPositive());
      assertThat(median)
          .as("the metric is the median of the fork scores")
          .isCloseTo((forks.get(0) + forks.get(1)) / 2, within(1e-9 * median));
    }
  }

  @Test
  void gate_accepts_a_candidate_that_makes_the_benchmarked_method_faster_and_names_the_benchmark() {
    try (GitFixture repo = JmhRepo.create(tmp.resolve("distinct"))) {
      String base = repo.head();
      String candidate =
          repo.write(JmhRepo.DISTINCT, JmhRepo.FAST_DISTINCT).commitAll("Count with a hash set");

      CliRun gate =
          CliRun.of(
              "gate",
              "--base",
              base,
              "--candidate",
              candidate,
              "--repo",
              repo.root().toString(),
              "--json");

      assertThat(gate.exitCode()).as(gate.toString()).isZero();
      JsonNode json = gate.json();
      assertThat(json.get("decision").asText()).as(gate.toString()).isEqualTo("accepted");
      assertThat(json.get("pairs").asInt()).isEqualTo(8);
      JsonNode metric = json.get("metrics").get(0);
      assertThat(json.get("metrics")).hasSize(1);
      assertThat(metric.get("name").asText()).isEqualTo(JmhRepo.BENCHMARK);
      assertThat(metric.get("role").asText()).isEqualTo("target");
      assertThat(metric.get("better").asText())
          .as("throughput: higher is better")
          .isEqualTo("higher");
      assertThat(metric.get("candidate").asDouble())
          .as("ops/ms of the hash set against the nested loop")
          .isGreaterThan(2 * metric.get("baseline").asDouble());
      assertThat(metric.get("improvement").asDouble()).isGreaterThan(1.0);
      for (JsonNode sample : json.get("samples")) {
        assertThat(sample.get("baseline").get("forks").get(JmhRepo.BENCHMARK))
            .as("baseline forks")
            .hasSize(2);
        assertThat(sample.get("candidate").get("forks").get(JmhRepo.BENCHMARK))
            .as("candidate forks")
            .hasSize(2);
      }
    }
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
