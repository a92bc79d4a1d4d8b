package dev.kaizen.sandbox.process;

import static dev.kaizen.sandbox.testing.TestSandboxes.LIMITS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.sandbox.Attack;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.testing.SandboxContractTest;
import dev.kaizen.sandbox.testing.TestSandboxes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract for plain processes (the {@code unsafe-process} backend), which contain only
 * timeouts and output, and proof of two weaknesses it declares.
 */
class ProcessSandboxTest extends SandboxContractTest {

  @Override
  protected Sandbox open(SandboxSettings settings) {
    return ProcessSandbox.plain(settings);
  }

  @Override
  protected String backend() {
    return ProcessBackend.UNSAFE_NAME;
  }

  @Override
  protected String childBackend() {
    return "process-plain";
  }

  @Test
  void contains_only_timeouts_and_output() {
    assertThat(sandbox.backend()).isEqualTo("unsafe-process");
    assertThat(((ProcessSandbox) sandbox).mode()).isEqualTo(ProcessSandbox.Mode.PLAIN);
    assertThat(sandbox.uncontained())
        .containsExactlyInAnyOrder(
            Attack.FORK_BOMB,
            Attack.MEMORY_HOG,
            Attack.DETACHED,
            Attack.HOST_WRITES,
            Attack.HOST_READS,
            Attack.TMP_FILL,
            Attack.HOST_ENVIRONMENT,
            Attack.PRIVILEGES,
            Attack.NETWORK,
            Attack.ORPHANS);
    assertThat(sandbox.weaknesses()).anyMatch(w -> w.startsWith("cpu:"));
  }

  @Test
  void reads_kaizens_environment_through_proc_as_its_warning_says(@TempDir Path tree) {
    assertThat(System.getenv()).containsKey("TESTCONTAINERS_RYUK_DISABLED");

    ExecResult result =
        sandbox.exec(Command.shell("tr '\\0' '\\n' < /proc/$PPID/environ"), tree, LIMITS);

    assertThat(result.stdout())
        .as("the environment of Kaizen (this JVM), which the command's own lacks")
        .contains("TESTCONTAINERS_RYUK_DISABLED=");
    assertThat(sandbox.warning("a test")).contains("  - environment:");
  }

  @Test
  void leaves_a_detached_process_running_as_its_warning_says(@TempDir Path tree) throws Exception {
    String seconds = "303." + Math.abs(UUID.randomUUID().getMostSignificantBits() % 1_000_000);

    ExecResult result = sandbox.exec(SandboxContractTest.detachedSleep(seconds), tree, LIMITS);

    long pid = Long.parseLong(Files.readString(tree.resolve("detached.pid")).trim());
    Optional<ProcessHandle> left = ProcessHandle.of(pid);
    try {
      assertThat(result.stdout()).isEqualTo("detached\n");
      assertThat(left.map(ProcessHandle::isAlive))
          .as("'sleep %s' outlived the command", seconds)
          .contains(true);
      assertThat(sandbox.warning("a test")).contains("  - detached:");
    } finally {
      left.ifPresent(ProcessHandle::destroyForcibly);
    }
  }

  @Test
  void gives_each_command_a_private_home_and_deletes_it(@TempDir Path tree) {
    ExecResult result =
        sandbox.exec(Command.shell("touch \"$HOME/mark\"; echo \"$HOME\""), tree, LIMITS);

    Path home = Path.of(result.stdout().trim());
    assertThat(home).isNotEqualTo(Path.of(System.getProperty("user.home")));
    assertThat(home).doesNotExist();
  }

  @Test
  void points_maven_at_the_configured_repository(@TempDir Path tree) {
    ExecResult result = sandbox.exec(Command.shell("echo \"$MAVEN_OPTS\""), tree, LIMITS);

    assertThat(result.stdout().trim())
        .isEqualTo("-Dmaven.repo.local=" + TestSandboxes.MAVEN_REPOSITORY);
  }
}
