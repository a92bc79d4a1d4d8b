package dev.kaizen.agent.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.testing.SpinTree;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.process.ProcessBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Profiler} on the process backend where bubblewrap works, else on plain processes ({@code
 * unsafe-process}), where the tree keeps its own path; {@link ProfilerDockerTest} covers the
 * container, where it does not.
 */
class ProfilerTest {

  static final Limits LIMITS =
      Limits.DEFAULT.withTimeout(Duration.ofMinutes(2)).withMemoryBytes(1L << 30);

  @TempDir static Path state;
  static Sandbox sandbox;

  @TempDir Path tree;

  @BeforeAll
  static void open() {
    ProcessBackend backend =
        ProcessBackend.bubblewrap().unavailable().isEmpty()
            ? ProcessBackend.bubblewrap()
            : ProcessBackend.plain();
    sandbox =
        backend.open(
            new SandboxSettings(
                backend.name(), SandboxSettings.HOST_IMAGE, Optional.empty(), state, LIMITS));
  }

  @AfterAll
  static void close() {
    sandbox.close();
  }

  @Test
  void finds_the_hot_method_of_a_java_program_and_leaves_the_tree_as_it_was() throws Exception {
    Path tree = SpinTree.write(Files.createDirectories(this.tree.resolve("a tree with spaces")));
    List<String> before = SpinTree.contents(tree);

    Profile profile =
        Profiler.record(
            sandbox, tree, SpinTree.command(2_000, 0, "none"), LIMITS, SpinTree.index(tree), 5);

    assertThat(profile.problems()).isEmpty();
    assertThat(profile.methods()).as(profile.render(5)).isNotEmpty();
    assertThat(profile.methods().get(0).label()).isEqualTo("demo.Spin#hot(int n)");
    assertThat(profile.methods().get(0).path()).isEqualTo(SpinTree.PATH);
    assertThat(SpinTree.contents(tree)).as("the tree after profiling").isEqualTo(before);
  }

  @Test
  void keeps_the_commands_own_java_tool_options_and_reports_its_failure_with_what_was_read()
      throws Exception {
    SpinTree.write(tree);
    Command command =
        SpinTree.command(1_500, 3, "kept").withEnv("JAVA_TOOL_OPTIONS", "-Dspin.marker=kept");

    Profile profile = Profiler.record(sandbox, tree, command, LIMITS, SpinTree.index(tree), 5);

    assertThat(profile.problems())
        .as("exit 4 would mean the command's JAVA_TOOL_OPTIONS were lost")
        .singleElement()
        .asString()
        .contains("failed: exit 3");
    assertThat(profile.methods()).as("what the failed command's JVM recorded").isNotEmpty();
    assertThat(profile.methods().get(0).label()).isEqualTo("demo.Spin#hot(int n)");
  }

  @Test
  void records_a_jvm_that_runs_outside_the_tree() throws Exception {
    SpinTree.write(tree);

    Profile profile =
        Profiler.record(
            sandbox, tree, SpinTree.commandElsewhere(1_500), LIMITS, SpinTree.index(tree), 5);

    assertThat(profile.problems()).isEmpty();
    assertThat(profile.methods()).as(profile.render(5)).isNotEmpty();
    assertThat(profile.methods().get(0).label()).isEqualTo("demo.Spin#hot(int n)");
  }

  @Test
  void reports_a_command_that_started_no_jvm() throws Exception {
    List<String> before = SpinTree.contents(tree);

    Profile profile =
        Profiler.record(sandbox, tree, Command.of("true"), LIMITS, SpinTree.index(tree), 5);

    assertThat(profile.methods()).isEmpty();
    assertThat(profile.totalSamples()).isZero();
    assertThat(profile.problems())
        .singleElement()
        .asString()
        .startsWith("no recording was written");
    assertThat(SpinTree.contents(tree)).isEqualTo(before);
  }

  @Test
  void refuses_a_tree_whose_path_cannot_be_passed_to_the_jvm() throws Exception {
    Path tree = Files.createDirectories(this.tree.resolve("a,b"));

    Profile profile =
        Profiler.record(sandbox, tree, Command.of("true"), LIMITS, SpinTree.index(tree), 5);

    assertThat(profile.problems())
        .first()
        .asString()
        .contains("failed: exit 125", "the path has a comma");
    assertThat(SpinTree.contents(tree)).containsExactly("");
  }

  @Test
  void wraps_the_command_so_that_the_recording_path_is_the_sandboxs_own() {
    Command wrapped =
        Profiler.recording(Command.shell("mvn -q test").withEnv("A", "b"), ".kaizen-jfr-1");

    assertThat(wrapped.argv())
        .startsWith("/bin/sh", "-c")
        .endsWith("kaizen-profile", ".kaizen-jfr-1", "/bin/sh", "-c", "mvn -q test");
    assertThat(wrapped.argv().get(2))
        .contains(
            "dir=\"$PWD/$1\"",
            "filename='$dir/' -Xlog:jfr+startup=error${JAVA_TOOL_OPTIONS:+ $JAVA_TOOL_OPTIONS}",
            "exec \"$@\"");
    assertThat(wrapped.environment()).containsEntry("A", "b");
  }
}
