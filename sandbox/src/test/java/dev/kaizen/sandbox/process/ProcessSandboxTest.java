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
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract for plain processes, which contain only timeouts, output and the environment. */
class ProcessSandboxTest extends SandboxContractTest {

  @Override
  protected Sandbox open(SandboxSettings settings) {
    return ProcessSandbox.plain(settings);
  }

  @Override
  protected String backend() {
    return ProcessBackend.NAME;
  }

  @Override
  protected String childBackend() {
    return "process-plain";
  }

  @Test
  void contains_only_timeouts_output_and_the_environment() {
    assertThat(sandbox.backend()).isEqualTo("process");
    assertThat(((ProcessSandbox) sandbox).mode()).isEqualTo(ProcessSandbox.Mode.PLAIN);
    assertThat(sandbox.uncontained())
        .containsExactlyInAnyOrder(
            Attack.FORK_BOMB,
            Attack.MEMORY_HOG,
            Attack.HOST_WRITES,
            Attack.HOST_READS,
            Attack.TMP_FILL,
            Attack.PRIVILEGES,
            Attack.NETWORK,
            Attack.ORPHANS);
    assertThat(sandbox.weaknesses()).anyMatch(w -> w.startsWith("cpu:"));
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
