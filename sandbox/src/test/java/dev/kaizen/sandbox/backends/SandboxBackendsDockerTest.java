package dev.kaizen.sandbox.backends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxConfigurationException;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.docker.DockerBackend;
import dev.kaizen.sandbox.docker.DockerEngine;
import dev.kaizen.sandbox.docker.DockerSandbox;
import dev.kaizen.sandbox.testing.RequiresDocker;
import dev.kaizen.sandbox.testing.TestSandboxes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing a backend when the engine of this machine answers. */
@RequiresDocker
class SandboxBackendsDockerTest {

  private final List<String> warnings = new ArrayList<>();

  @Test
  void auto_uses_docker_when_an_engine_answers() {
    try (Sandbox sandbox =
        SandboxBackends.standard()
            .open(TestSandboxes.settings(SandboxSettings.AUTO), warnings::add)) {
      assertThat(sandbox).isInstanceOf(DockerSandbox.class);
      assertThat(sandbox.backend()).isEqualTo("docker");
      assertThat(sandbox.weaknesses()).isEmpty();
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  void docker_backend_uses_the_engine_of_the_environment() {
    try (Sandbox sandbox =
        SandboxBackends.standard()
            .open(TestSandboxes.settings(DockerBackend.NAME), warnings::add)) {
      assertThat(sandbox).isInstanceOf(DockerSandbox.class);
      assertThat(((DockerSandbox) sandbox).image()).isEqualTo("kaizen-host:1");
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  void runs_commands_on_an_engine_named_explicitly(@TempDir Path tree) {
    DockerEngine engine = DockerEngine.at("unix:///var/run/docker.sock");

    try (Sandbox sandbox = DockerSandbox.open(TestSandboxes.settings(DockerBackend.NAME), engine)) {
      ExecResult result = sandbox.exec(Command.of("echo", "remote"), tree, TestSandboxes.LIMITS);

      assertThat(result.stdout()).isEqualTo("remote\n");
    }
    assertThat(engine.host()).isEqualTo("unix:///var/run/docker.sock");
  }

  @Test
  void uses_the_engine_address_it_is_given_rather_than_the_environment(@TempDir Path dir)
      throws Exception {
    Path socket =
        Files.createSymbolicLink(dir.resolve("engine.sock"), Path.of("/var/run/docker.sock"));
    DockerEngine engine = DockerEngine.at("unix://" + socket);
    Path tree = Files.createDirectories(dir.resolve("tree"));

    try (Sandbox sandbox =
        SandboxBackends.standard()
            .with(new DockerBackend(engine))
            .open(TestSandboxes.settings(DockerBackend.NAME), warnings::add)) {
      assertThat(sandbox.exec(Command.of("true"), tree, TestSandboxes.LIMITS).succeeded()).isTrue();
    }
    assertThat(engine.host())
        .isEqualTo("unix://" + socket)
        .isNotEqualTo(System.getenv("DOCKER_HOST"));
    assertThat(warnings).isEmpty();
    Files.delete(socket); // the link only; JUnit warns about links that lead out of its directory
  }

  @Test
  void an_unknown_image_is_a_configuration_error_naming_it() {
    var settings =
        new SandboxSettings(
            DockerBackend.NAME,
            "kaizen-unknown-image:1",
            Optional.empty(),
            TestSandboxes.STATE_DIRECTORY,
            TestSandboxes.LIMITS);

    assertThatThrownBy(() -> SandboxBackends.standard().open(settings, warnings::add))
        .isInstanceOf(SandboxConfigurationException.class)
        .hasMessageContaining("image 'kaizen-unknown-image:1' is not available locally");
  }
}
