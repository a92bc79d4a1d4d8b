package dev.kaizen.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kaizen.agent.testing.Docker;
import dev.kaizen.sandbox.testing.RequiresDocker;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code kaizen calibrate} on its own CPU-bound fixture, with a handful of trials: the real figures
 * take an hour and are written down in the README.
 */
@RequiresDocker
class CalibrateCommandTest {

  @AfterEach
  void no_sandbox_container_is_left_behind() {
    assertThat(Docker.sandboxContainers()).as("labelled containers after the run").isEmpty();
  }

  @Test
  void a_few_trials_on_the_fixture_report_the_false_accept_rate_the_noise_floor_and_the_power() {
    CliRun run =
        CliRun.of(
            "calibrate",
            "--fixture",
            "--trials",
            "2",
            "--power-trials",
            "1",
            "--levels",
            "10",
            "--json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode r = run.json();
    assertThat(r.get("sandbox").asText()).isEqualTo("docker");
    JsonNode aa = r.get("aa");
    assertThat(aa.get("trials").asInt()).isEqualTo(2);
    assertThat(
            aa.get("accepted").asInt()
                + aa.get("rejected").asInt()
                + aa.get("inconclusive").asInt())
        .isEqualTo(2);
    assertThat(aa.get("upper95").asDouble())
        .as("Clopper-Pearson bound of 0 or more in 2")
        .isGreaterThan(0.7);
    assertThat(aa.get("noiseFloor").asDouble()).isBetween(0.0, 0.2);
    JsonNode planted = r.get("planted").get(0);
    assertThat(planted.get("effect").asDouble()).isEqualTo(0.10);
    assertThat(planted.get("baselineCpus").asDouble())
        .isCloseTo(1 / 1.1, org.assertj.core.api.Assertions.within(1e-9));
    assertThat(planted.get("medianEstimate").asDouble())
        .as("what the gate saw of a planted 10%")
        .isBetween(0.04, 0.16);
    JsonNode session = r.get("session");
    assertThat(session.get("level").asDouble())
        .as("a session's lone candidate: α over budget.max-iterations")
        .isCloseTo(
            r.get("alpha").asDouble() / session.get("budget").asInt(),
            org.assertj.core.api.Assertions.within(1e-12));
    assertThat(session.get("reachable").asBoolean()).isTrue();
    assertThat(run.err()).contains("A/A 1/2: ").contains("planted 10% 1/1: ");
  }
}
