package dev.kaizen.agent.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.testing.Docker;
import dev.kaizen.agent.testing.SpinTree;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.docker.DockerBackend;
import dev.kaizen.sandbox.testing.RequiresDocker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Profiler} in the real Docker sandbox (the local {@code host} image, nothing pulled), where
 * the tree is {@code /workspace} inside the container and not its host path.
 */
@RequiresDocker
class ProfilerDockerTest {

  static final Limits LIMITS =
      Limits.DEFAULT.withTimeout(Duration.ofMinutes(2)).withMemoryBytes(1L << 30);

  @TempDir static Path state;
  static Sandbox sandbox;

  @TempDir Path tree;

  @BeforeAll
  static void open() {
    sandbox =
        new DockerBackend()
            .open(
                new SandboxSettings(
                    DockerBackend.NAME,
                    SandboxSettings.HOST_IMAGE,
                    Optional.empty(),
                    state,
                    LIMITS));
  }

  @AfterAll
  static void close() {
    if (sandbox != null) sandbox.close();
  }

  @AfterEach
  void no_sandbox_container_is_left_behind() {
    assertThat(Docker.sandboxContainers()).as("labelled containers after the run").isEmpty();
  }

  @Test
  void finds_the_hot_method_of_a_java_program_and_leaves_no_recording_in_the_tree()
      throws Exception {
    SpinTree.write(tree);
    List<String> before = SpinTree.contents(tree);
    Command command =
        SpinTree.command(2_000, 0, "kept").withEnv("JAVA_TOOL_OPTIONS", "-Dspin.marker=kept");

    Profile profile = Profiler.record(sandbox, tree, command, LIMITS, SpinTree.index(tree), 5);

    assertThat(profile.problems())
        .as("exit 4 would mean the command's JAVA_TOOL_OPTIONS were lost")
        .isEmpty();
    assertThat(profile.methods()).as(profile.render(5)).isNotEmpty();
    HotMethod first = profile.methods().get(0);
    assertThat(first.label()).as(profile.render(5)).isEqualTo("demo.Spin#hot(int n)");
    assertThat(first.path()).isEqualTo(SpinTree.PATH);
    long attributed = profile.methods().stream().mapToLong(HotMethod::samples).sum();
    assertThat(first.samples())
        .as("hot's samples of all %d attributed; %s", attributed, profile.render(5))
        .isGreaterThan(attributed / 2);
    assertThat(SpinTree.contents(tree)).as("the tree after profiling").isEqualTo(before);
  }

  @Test
  void records_a_jvm_started_outside_the_tree_and_reports_a_failing_command() throws Exception {
    SpinTree.write(tree);
    List<String> before = SpinTree.contents(tree);
    Command failing = Command.shell(SpinTree.commandElsewhere(1_500).display() + " && exit 7");

    Profile profile = Profiler.record(sandbox, tree, failing, LIMITS, SpinTree.index(tree), 5);

    assertThat(profile.problems()).singleElement().asString().contains("failed: exit 7");
    assertThat(profile.methods())
        .as("what the JVM recorded before the command failed")
        .isNotEmpty();
    assertThat(profile.methods().get(0).label()).isEqualTo("demo.Spin#hot(int n)");
    assertThat(SpinTree.contents(tree)).as("the tree after profiling").isEqualTo(before);
  }
}
