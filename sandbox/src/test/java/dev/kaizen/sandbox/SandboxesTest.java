package dev.kaizen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.sandbox.SandboxSettings.Backend;
import dev.kaizen.sandbox.docker.DockerEngine;
import dev.kaizen.sandbox.process.ProcessSandbox;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Choosing a backend when no engine answers; {@link SandboxesDockerTest} covers the others. */
class SandboxesTest {

  private static final DockerEngine NO_ENGINE =
      DockerEngine.at("unix:///nonexistent/kaizen-docker.sock");

  private final List<String> warnings = new ArrayList<>();

  @Test
  void process_backend_comes_with_a_loud_warning() {
    try (Sandbox sandbox =
        Sandboxes.open(
            TestSandboxes.settings(Backend.PROCESS),
            warnings::add,
            NO_ENGINE,
            ProcessSandbox::plain)) {
      assertThat(sandbox).isInstanceOf(ProcessSandbox.class);
    }

    assertThat(warnings)
        .singleElement()
        .asString()
        .startsWith("WARNING: THE SANDBOX ISOLATES NOTHING")
        .contains("sandbox.backend is process")
        .contains("bubblewrap: plain processes were asked for")
        .contains("  - network:", "  - memory:", "  - orphans:");
  }

  @Test
  void auto_falls_back_to_processes_and_says_why_when_no_engine_answers() {
    try (Sandbox sandbox =
        Sandboxes.open(
            TestSandboxes.settings(Backend.AUTO),
            warnings::add,
            NO_ENGINE,
            ProcessSandbox::plain)) {
      assertThat(sandbox.backend()).isEqualTo("process");
    }

    assertThat(warnings)
        .singleElement()
        .asString()
        .contains("ISOLATES NOTHING")
        .contains("no Docker engine answers at unix:///nonexistent/kaizen-docker.sock");
  }

  @Test
  void docker_backend_without_an_engine_says_how_to_start_one() {
    assertThatThrownBy(
            () -> Sandboxes.open(TestSandboxes.settings(Backend.DOCKER), warnings::add, NO_ENGINE))
        .isInstanceOf(SandboxUnavailableException.class)
        .hasMessageContaining("no Docker engine answers at unix:///nonexistent/kaizen-docker.sock")
        .hasMessageContaining("start one (sudo dockerd &) or set DOCKER_HOST")
        .hasMessageContaining("or use sandbox.backend: process");
    assertThat(warnings).isEmpty();
  }

  @Test
  void auto_gives_up_on_an_engine_that_never_answers_within_the_probe_time(@TempDir Path dir)
      throws Exception {
    Path socket = dir.resolve("silent.sock");
    try (var silent = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
      silent.bind(UnixDomainSocketAddress.of(socket)); // accepts connections, never answers
      long started = System.nanoTime();

      try (Sandbox sandbox =
          Sandboxes.open(
              TestSandboxes.settings(Backend.AUTO),
              warnings::add,
              DockerEngine.at("unix://" + socket),
              ProcessSandbox::plain)) {
        assertThat(sandbox.backend()).isEqualTo("process");
      }

      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isLessThan(DockerEngine.PROBE_TIMEOUT.plusSeconds(3));
    }
    assertThat(warnings).singleElement().asString().contains("no Docker engine answers");
  }

  @Test
  @Tag("bubblewrap")
  void process_backend_under_bubblewrap_warns_that_it_is_partial_and_what_it_cannot_contain() {
    try (Sandbox sandbox =
        Sandboxes.open(
            TestSandboxes.settings(Backend.PROCESS),
            warnings::add,
            NO_ENGINE,
            ProcessSandbox::bubblewrap)) {
      assertThat(((ProcessSandbox) sandbox).mode()).isEqualTo(ProcessSandbox.Mode.BUBBLEWRAP);
    }

    assertThat(warnings)
        .singleElement()
        .asString()
        .startsWith("WARNING: THE SANDBOX IS PARTIAL")
        .contains("bubblewrap: bubblewrap isolates commands")
        .contains("  - memory:", "  - processes:")
        .doesNotContain("  - network:", "  - orphans:")
        .endsWith("to contain them fully.");
  }
}
