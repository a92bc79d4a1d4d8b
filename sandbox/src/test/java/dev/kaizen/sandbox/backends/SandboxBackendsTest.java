package dev.kaizen.sandbox.backends;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.sandbox.Capabilities;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Isolation;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxBackend;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.SandboxUnavailableException;
import dev.kaizen.sandbox.docker.DockerBackend;
import dev.kaizen.sandbox.docker.DockerEngine;
import dev.kaizen.sandbox.process.ProcessBackend;
import dev.kaizen.sandbox.process.ProcessSandbox;
import dev.kaizen.sandbox.testing.TestSandboxes;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Choosing a backend when no engine answers; {@link SandboxBackendsDockerTest} covers the others.
 */
class SandboxBackendsTest {

  private static final DockerEngine NO_ENGINE =
      DockerEngine.at("unix:///nonexistent/kaizen-docker.sock");

  /** The standard backends, with Docker at an address where no engine answers. */
  private static final SandboxBackends WITHOUT_ENGINE =
      SandboxBackends.of(new DockerBackend(NO_ENGINE), ProcessBackend.plain());

  private final List<String> warnings = new ArrayList<>();

  @Test
  void process_backend_comes_with_a_loud_warning() {
    try (Sandbox sandbox =
        WITHOUT_ENGINE.open(TestSandboxes.settings(ProcessBackend.NAME), warnings::add)) {
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
        WITHOUT_ENGINE.open(TestSandboxes.settings(SandboxSettings.AUTO), warnings::add)) {
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
            () ->
                SandboxBackends.standard()
                    .with(new DockerBackend(NO_ENGINE))
                    .open(TestSandboxes.settings(DockerBackend.NAME), warnings::add))
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
          SandboxBackends.of(
                  new DockerBackend(DockerEngine.at("unix://" + socket)), ProcessBackend.plain())
              .open(TestSandboxes.settings(SandboxSettings.AUTO), warnings::add)) {
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
        SandboxBackends.of(new DockerBackend(NO_ENGINE), ProcessBackend.bubblewrap())
            .open(TestSandboxes.settings(ProcessBackend.NAME), warnings::add)) {
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

  // ---- The registry itself --------------------------------------------------------------

  @Test
  void the_standard_backends_are_docker_then_process_and_an_unknown_name_says_what_is_expected() {
    SandboxBackends standard = SandboxBackends.standard();

    assertThat(standard.names()).containsExactly("docker", "process");
    assertThat(standard.parse(" docker ")).isEqualTo("docker");
    assertThat(standard.parse("auto")).isEqualTo("auto");
    assertThatThrownBy(() -> standard.parse("vm"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown sandbox backend 'vm' (expected auto, docker or process)");
    assertThatThrownBy(() -> standard.open(TestSandboxes.settings("vm"), warnings::add))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown sandbox backend 'vm' (expected auto, docker or process)");
  }

  @Test
  void with_replaces_the_backend_of_the_same_name_in_place_and_adds_a_new_one_last() {
    var fake = new FakeBackend("fake", Capabilities.NONE, Optional.empty());
    SandboxBackends registry = SandboxBackends.standard().with(fake).with(ProcessBackend.plain());

    assertThat(registry.names()).containsExactly("docker", "process", "fake");
    assertThat(SandboxBackends.standard().names())
        .as("a registry does not change")
        .containsExactly("docker", "process");
    assertThatThrownBy(() -> registry.parse("vm"))
        .hasMessage("unknown sandbox backend 'vm' (expected auto, docker, process or fake)");
    assertThatThrownBy(
            () -> registry.with(new FakeBackend("auto", Capabilities.NONE, Optional.empty())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'auto'");
  }

  @Test
  void auto_opens_the_available_backend_that_isolates_most_whatever_the_order() {
    var none = new FakeBackend("none", Capabilities.NONE, Optional.empty());
    var partial = new FakeBackend("partial", isolating(Isolation.PARTIAL), Optional.empty());
    var full = new FakeBackend("full", isolating(Isolation.FULL), Optional.of("full is away"));

    try (Sandbox sandbox =
        SandboxBackends.of(none, full, partial)
            .open(TestSandboxes.settings(SandboxSettings.AUTO), warnings::add)) {
      assertThat(sandbox.backend()).isEqualTo("partial");
    }

    assertThat(warnings)
        .singleElement()
        .asString()
        .startsWith("WARNING: THE SANDBOX IS PARTIAL")
        .contains("  why: full is away\n");
  }

  @Test
  void a_backend_that_isolates_fully_is_opened_without_a_warning() {
    var full = new FakeBackend("full", isolating(Isolation.FULL), Optional.empty());

    try (Sandbox sandbox =
        SandboxBackends.of(ProcessBackend.plain(), full)
            .open(TestSandboxes.settings(SandboxSettings.AUTO), warnings::add)) {
      assertThat(sandbox.capabilities().isolation()).isEqualTo(Isolation.FULL);
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  void auto_fails_saying_why_when_no_backend_can_run() {
    var away = new FakeBackend("away", isolating(Isolation.FULL), Optional.of("away: no engine"));

    assertThatThrownBy(
            () ->
                SandboxBackends.of(away)
                    .open(TestSandboxes.settings(SandboxSettings.AUTO), warnings::add))
        .isInstanceOf(SandboxUnavailableException.class)
        .hasMessage("no sandbox backend can run here: away: no engine");
    assertThat(warnings).isEmpty();
  }

  @Test
  void the_process_backend_reports_partial_isolation_only_under_bubblewrap_and_no_limits() {
    try (Sandbox plain = ProcessBackend.plain().open(TestSandboxes.settings("process"))) {
      assertThat(plain.capabilities()).isEqualTo(Capabilities.NONE);
    }
    assertThat(new ProcessBackend().capabilities().isolation()).isEqualTo(Isolation.PARTIAL);
    assertThat(new ProcessBackend().unavailable()).isEmpty();
    assertThat(ProcessBackend.CAPABILITIES)
        .isEqualTo(new Capabilities(Isolation.PARTIAL, false, false, false, false, false));
  }

  @Test
  void the_docker_backend_offers_full_isolation_with_limits_and_gpus_and_is_away_without_engine() {
    assertThat(new DockerBackend(NO_ENGINE).capabilities())
        .isEqualTo(new Capabilities(Isolation.FULL, true, true, true, true, false));
    assertThat(new DockerBackend(NO_ENGINE).unavailable())
        .hasValueSatisfying(
            why -> assertThat(why).startsWith("no Docker engine answers at unix:///nonexistent"));
  }

  private static Capabilities isolating(Isolation isolation) {
    return new Capabilities(isolation, false, false, false, false, false);
  }

  /** A backend that opens a sandbox of its name and capabilities, which runs nothing. */
  private record FakeBackend(String name, Capabilities capabilities, Optional<String> unavailable)
      implements SandboxBackend {

    @Override
    public Sandbox open(SandboxSettings settings) {
      return new Sandbox() {
        @Override
        public ExecResult exec(Command command, Path tree, Limits limits) {
          throw new UnsupportedOperationException("a fake runs nothing");
        }

        @Override
        public String backend() {
          return name;
        }

        @Override
        public Capabilities capabilities() {
          return capabilities;
        }

        @Override
        public List<String> weaknesses() {
          return List.of();
        }

        @Override
        public void close() {}
      };
    }
  }
}
