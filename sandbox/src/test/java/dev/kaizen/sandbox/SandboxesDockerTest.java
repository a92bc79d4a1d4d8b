package dev.kaizen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.sandbox.SandboxSettings.Backend;
import dev.kaizen.sandbox.docker.DockerEngine;
import dev.kaizen.sandbox.docker.DockerSandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing a backend when the engine of this machine answers. */
@Tag("docker")
class SandboxesDockerTest {

  private final List<String> warnings = new ArrayList<>();

  @Test
  void auto_uses_docker_when_an_engine_answers() {
    try (Sandbox sandbox = Sandboxes.open(TestSandboxes.settings(Backend.AUTO), warnings::add)) {
      assertThat(sandbox).isInstanceOf(DockerSandbox.class);
      assertThat(sandbox.backend()).isEqualTo("docker");
      assertThat(sandbox.weaknesses()).isEmpty();
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  void docker_backend_uses_the_engine_of_the_environment() {
    try (Sandbox sandbox = Sandboxes.open(TestSandboxes.settings(Backend.DOCKER), warnings::add)) {
      assertThat(sandbox).isInstanceOf(DockerSandbox.class);
      assertThat(((DockerSandbox) sandbox).image()).isEqualTo("kaizen-host:1");
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  void runs_commands_on_an_engine_named_explicitly(@TempDir Path tree) {
    DockerEngine engine = DockerEngine.at("unix:///var/run/docker.sock");

    try (Sandbox sandbox = DockerSandbox.open(TestSandboxes.settings(Backend.DOCKER), engine)) {
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
        Sandboxes.open(TestSandboxes.settings(Backend.DOCKER), warnings::add, engine)) {
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
            Backend.DOCKER,
            "kaizen-unknown-image:1",
            Optional.empty(),
            TestSandboxes.STATE_DIRECTORY,
            TestSandboxes.LIMITS);

    assertThatThrownBy(() -> Sandboxes.open(settings, warnings::add))
        .isInstanceOf(SandboxConfigurationException.class)
        .hasMessageContaining("image 'kaizen-unknown-image:1' is not available locally");
  }
}
