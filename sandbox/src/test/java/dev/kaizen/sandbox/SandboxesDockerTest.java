package dev.kaizen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.sandbox.SandboxSettings.Backend;
import dev.kaizen.sandbox.docker.DockerSandbox;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

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
}
