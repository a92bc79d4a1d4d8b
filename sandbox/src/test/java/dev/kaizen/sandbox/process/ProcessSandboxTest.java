package dev.kaizen.sandbox.process;

import static dev.kaizen.sandbox.TestSandboxes.LIMITS;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxContractTest;
import dev.kaizen.sandbox.SandboxSettings;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessSandboxTest extends SandboxContractTest {

  @Override
  protected Sandbox open(SandboxSettings settings) {
    return new ProcessSandbox(settings);
  }

  @Override
  protected SandboxSettings.Backend backend() {
    return SandboxSettings.Backend.PROCESS;
  }

  @Test
  void names_everything_it_cannot_contain() {
    assertThat(sandbox.backend()).isEqualTo("process");
    assertThat(sandbox.weaknesses())
        .anyMatch(w -> w.startsWith("network"))
        .anyMatch(w -> w.startsWith("filesystem"))
        .anyMatch(w -> w.startsWith("memory"))
        .anyMatch(w -> w.startsWith("processes"))
        .anyMatch(w -> w.startsWith("user"));
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
        .isEqualTo("-Dmaven.repo.local=" + dev.kaizen.sandbox.TestSandboxes.MAVEN_REPOSITORY);
  }
}
