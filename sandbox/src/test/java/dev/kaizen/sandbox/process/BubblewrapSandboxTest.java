package dev.kaizen.sandbox.process;

import static dev.kaizen.sandbox.testing.TestSandboxes.LIMITS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.sandbox.Attack;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.SandboxUnavailableException;
import dev.kaizen.sandbox.testing.SandboxContractTest;
import dev.kaizen.sandbox.testing.TestSandboxes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The contract and the attack suite for the process backend under bubblewrap. Needs {@code bwrap}
 * (apt-get install bubblewrap) and user namespaces; without them it fails, saying so.
 */
@Tag("bubblewrap")
class BubblewrapSandboxTest extends SandboxContractTest {

  @Override
  protected Sandbox open(SandboxSettings settings) {
    return ProcessSandbox.bubblewrap(settings);
  }

  @Override
  protected String backend() {
    return ProcessBackend.NAME;
  }

  @Override
  protected String childBackend() {
    return "process-bubblewrap";
  }

  @Test
  void runs_under_bubblewrap_and_cannot_limit_memory_or_processes() {
    var process = (ProcessSandbox) sandbox;

    assertThat(process.mode()).isEqualTo(ProcessSandbox.Mode.BUBBLEWRAP);
    assertThat(process.modeReason()).startsWith("bubblewrap isolates commands");
    assertThat(sandbox.uncontained())
        .containsExactlyInAnyOrder(Attack.MEMORY_HOG, Attack.FORK_BOMB);
    assertThat(sandbox.weaknesses())
        .anyMatch(w -> w.startsWith("cpu:"))
        .anyMatch(w -> w.startsWith("host user:"));
  }

  @Test
  void sees_the_tree_at_its_own_path(@TempDir Path tree) throws Exception {
    ExecResult result = sandbox.exec(Command.of("pwd"), tree, LIMITS);

    assertThat(result.stdout().trim()).isEqualTo(tree.toRealPath().toString());
  }

  @Test
  void gives_each_command_a_fresh_private_tmp_as_home(@TempDir Path tree) {
    ExecResult first =
        sandbox.exec(Command.shell("echo \"$HOME\"; touch /tmp/left-behind"), tree, LIMITS);
    ExecResult second = sandbox.exec(Command.shell("ls -A /tmp"), tree, LIMITS);

    assertThat(first.stdout()).isEqualTo("/tmp\n");
    assertThat(second.stdout()).doesNotContain("left-behind");
    assertThat(Path.of("/tmp/left-behind")).doesNotExist();
  }

  @Test
  void shows_a_user_list_of_its_own_and_the_maven_repository_read_only(@TempDir Path tree) {
    ExecResult result =
        sandbox.exec(
            Command.shell(
                "id -un; cut -d: -f1 /etc/passwd | tr '\\n"
                    + "' ' '; echo; echo \"$MAVEN_OPTS\"; ls"
                    + " ${MAVEN_OPTS#-Dmaven.repo.local=}/org/junit/jupiter/junit-jupiter/5.14.4"),
            tree,
            LIMITS);

    assertThat(result.exitCode()).as(result.stderr()).isZero();
    assertThat(result.stdout())
        .startsWith("nobody\nroot nobody \n-Dmaven.repo.local=" + TestSandboxes.MAVEN_REPOSITORY)
        .contains("junit-jupiter-5.14.4.pom");
  }

  @Test
  void fails_closed_and_says_why_when_bwrap_cannot_run(@TempDir Path dir) throws Exception {
    Path fake = dir.resolve("bwrap");
    Files.writeString(
        fake, "#!/bin/sh\necho 'bwrap: setting up uid map: Permission denied' >&2\nexit 1\n");
    fake.toFile().setExecutable(true);

    Bubblewrap.Probe probe = Bubblewrap.probe(fake);

    assertThat(probe.works()).isFalse();
    assertThatThrownBy(() -> ProcessSandbox.bubblewrap(TestSandboxes.settings(backend()), probe))
        .as("no plain processes in place of bubblewrap")
        .isInstanceOf(SandboxUnavailableException.class)
        .hasMessageContaining(fake.toString())
        .hasMessageContaining("cannot isolate commands here")
        .hasMessageContaining("bwrap: setting up uid map: Permission denied (exit 1)");
  }
}
