package dev.kaizen.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kaizen.agent.testing.Docker;
import dev.kaizen.sandbox.testing.RequiresDocker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code kaizen sandbox exec}: the tool users debug their setup with, on the real engine. */
@RequiresDocker
class SandboxExecCommandTest {

  @TempDir Path tmp;

  @AfterEach
  void no_sandbox_container_is_left_behind() {
    assertThat(Docker.sandboxContainers()).as("labelled containers after the run").isEmpty();
  }

  private Path tree() throws Exception {
    Path tree = Files.createDirectories(tmp.resolve("tree"));
    Files.writeString(tree.resolve("hello.txt"), "hello from the tree\n");
    return tree;
  }

  private Path config(String yaml) throws Exception {
    return Files.writeString(tmp.resolve("kaizen.yml"), yaml);
  }

  @Test
  void runs_one_command_on_a_copy_of_the_tree_and_prints_the_result_as_json() throws Exception {
    Path tree = tree();
    Path cfg = config("sandbox: {backend: docker}\n");

    CliRun run =
        CliRun.of(
            "sandbox",
            "exec",
            "--json",
            "--config",
            cfg.toString(),
            "--tree",
            tree.toString(),
            "--",
            "/bin/sh",
            "-c",
            "cat hello.txt; id -u; echo oops >&2; touch made-here; exit 3");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("backend").asText()).isEqualTo("docker");
    assertThat(json.get("exitCode").asInt()).isEqualTo(3);
    assertThat(json.get("stdout").asText()).isEqualTo("hello from the tree\n65534\n");
    assertThat(json.get("stderr").asText()).isEqualTo("oops\n");
    assertThat(json.get("timedOut").asBoolean()).isFalse();
    assertThat(tree.resolve("made-here")).as("the command ran on a copy").doesNotExist();
  }

  @Test
  void timeout_option_is_enforced_and_reported() throws Exception {
    CliRun run =
        CliRun.of(
            "sandbox",
            "exec",
            "--json",
            "--config",
            config("sandbox: {backend: docker}\n").toString(),
            "--tree",
            tree().toString(),
            "--timeout",
            "2s",
            "--",
            "sleep",
            "30");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.json().get("timedOut").asBoolean()).isTrue();
    assertThat(run.json().get("elapsedMs").asLong()).isBetween(1_900L, 15_000L);
  }

  @Test
  void an_unknown_image_exits_2_naming_it() throws Exception {
    Path cfg = config("sandbox: {backend: docker, image: 'kaizen-no-such-image:0'}\n");

    CliRun run =
        CliRun.of(
            "sandbox",
            "exec",
            "--config",
            cfg.toString(),
            "--tree",
            tree().toString(),
            "--",
            "true");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("kaizen-no-such-image:0");
  }

  @Test
  void a_malformed_limit_exits_2_naming_key_and_line() throws Exception {
    Path cfg = config("sandbox:\n  memory: lots\n");

    CliRun run =
        CliRun.of(
            "sandbox",
            "exec",
            "--config",
            cfg.toString(),
            "--tree",
            tree().toString(),
            "--",
            "true");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("kaizen.yml:2: sandbox.memory: not a size");
  }

  @Test
  void no_engine_with_backend_docker_exits_3_saying_how_to_start_one() throws Exception {
    Path cfg = config("sandbox: {backend: docker}\n");
    var pb =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "sandbox",
                "exec",
                "--config",
                cfg.toString(),
                "--tree",
                tree().toString(),
                "--",
                "true")
            .redirectErrorStream(true);
    pb.environment().put("DOCKER_HOST", "unix://" + tmp.resolve("no-engine.sock"));
    Process p = pb.start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(p.exitValue()).as(output).isEqualTo(3);
    assertThat(output)
        .contains("no Docker engine answers")
        .contains("dockerd")
        .contains("backend: process");
  }
}
