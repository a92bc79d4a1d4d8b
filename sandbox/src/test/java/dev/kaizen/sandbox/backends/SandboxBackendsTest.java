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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Choosing a backend when no engine answers; {@link SandboxBackendsDockerTest} covers the others.
 */
class SandboxBackendsTest {

  private static final DockerEngine NO_ENGINE =
      DockerEngine.at("unix:///nonexistent/kaizen-docker.sock");

  /** Docker at an address where no engine answers, and plain processes ({@code unsafe-process}). */
  private static final SandboxBackends WITHOUT_ENGINE =
      SandboxBackends.of(new DockerBackend(NO_ENGINE), ProcessBackend.plain());

  private final List<String> warnings = new ArrayList<>();

  @Test
  void unsafe_process_backend_comes_with_a_loud_warning() {
    try (Sandbox sandbox =
        WITHOUT_ENGINE.open(TestSandboxes.settings(ProcessBackend.UNSAFE_NAME), warnings::add)) {
      assertThat(sandbox).isInstanceOf(ProcessSandbox.class);
      assertThat(sandbox.backend()).isEqualTo("unsafe-process");
    }

    assertThat(warnings)
        .singleElement()
        .asString()
        .startsWith("WARNING: THE SANDBOX ISOLATES NOTHING")
        .contains("sandbox.backend is unsafe-process")
        .contains("bubblewrap: not used: the unsafe-process backend runs plain processes")
        .contains("  - network:", "  - memory:", "  - orphans:", "  - environment:");
  }

  @Test
  void auto_without_an_engine_fails_closed_rather_than_run_plain_processes() {
    assertThatThrownBy(
            () -> WITHOUT_ENGINE.open(TestSandboxes.settings(SandboxSettings.AUTO), warnings::add))
        .isInstanceOf(SandboxUnavailableException.class)
        .hasMessageStartingWith(
            "no sandbox backend that isolates can run here: no Docker engine answers at"
                + " unix:///nonexistent/kaizen-docker.sock")
        .hasMessageEndingWith(
            "Fix one of them, or opt in to running candidates without isolation with"
                + " sandbox.backend: unsafe-process or --allow-unsandboxed")
        .satisfies(e -> assertThat(e.getMessage()).as("one line").doesNotContain("\n"));
    assertThat(warnings).isEmpty();
  }

  @Test
  void auto_without_an_engine_or_a_working_bubblewrap_fails_closed_naming_both(@TempDir Path dir)
      throws Exception {
    Path bwrap = brokenBubblewrap(dir);
    SandboxBackends standardHere =
        SandboxBackends.standard()
            .with(new DockerBackend(NO_ENGINE))
            .with(ProcessBackend.bubblewrapAt(bwrap));

    assertThatThrownBy(
            () -> standardHere.open(TestSandboxes.settings(SandboxSettings.AUTO), warnings::add))
        .isInstanceOf(SandboxUnavailableException.class)
        .hasMessageContaining("no Docker engine answers at unix:///nonexistent/kaizen-docker.sock")
        .hasMessageContaining("start one (sudo dockerd &)")
        .hasMessageContaining(
            "the process backend needs bubblewrap, and " + bwrap + " cannot isolate commands here")
        .hasMessageContaining("bwrap: creating new namespace failed: Operation not permitted")
        .hasMessageEndingWith("sandbox.backend: unsafe-process or --allow-unsandboxed")
        .satisfies(e -> assertThat(e.getMessage()).as("one line").doesNotContain("\n"));
    assertThat(warnings).isEmpty();
  }

  @Test
  void auto_runs_plain_processes_only_when_allowed_and_warns_why(@TempDir Path dir)
      throws Exception {
    Path bwrap = brokenBubblewrap(dir);
    SandboxBackends allowing =
        SandboxBackends.standard()
            .with(new DockerBackend(NO_ENGINE))
            .with(ProcessBackend.bubblewrapAt(bwrap))
            .allowingUnsandboxed();

    try (Sandbox sandbox =
        allowing.open(TestSandboxes.settings(SandboxSettings.AUTO), warnings::add)) {
      assertThat(sandbox.backend()).isEqualTo("unsafe-process");
      assertThat(sandbox.capabilities().isolation()).isEqualTo(Isolation.NONE);
    }

    assertThat(allowing.unsandboxedAllowed()).isTrue();
    assertThat(warnings)
        .singleElement()
        .asString()
        .startsWith("WARNING: THE SANDBOX ISOLATES NOTHING")
        .contains("no Docker engine answers at unix:///nonexistent/kaizen-docker.sock")
        .contains("the process backend needs bubblewrap")
        .contains("running without isolation was allowed (--allow-unsandboxed)")
        .contains("  - network:", "  - reads:", "  - environment:", "  - detached:");
  }

  @Test
  void process_backend_never_runs_plain_processes_when_bubblewrap_cannot_work(@TempDir Path dir)
      throws Exception {
    Path bwrap = brokenBubblewrap(dir);
    SandboxBackends allowing =
        SandboxBackends.of(new DockerBackend(NO_ENGINE), ProcessBackend.bubblewrapAt(bwrap))
            .with(ProcessBackend.plain())
            .allowingUnsandboxed();

    assertThatThrownBy(
            () -> allowing.open(TestSandboxes.settings(ProcessBackend.NAME), warnings::add))
        .as("sandbox.backend: process insists on bubblewrap, even with unsandboxed runs allowed")
        .isInstanceOf(SandboxUnavailableException.class)
        .hasMessageStartingWith("the process backend needs bubblewrap, and " + bwrap)
        .hasMessageEndingWith(
            "or use sandbox.backend: docker (or auto), or unsafe-process to run candidates"
                + " without isolation");
    assertThat(warnings).isEmpty();
  }

  @Test
  void a_sandbox_that_isolates_nothing_from_a_backend_that_declared_isolation_is_refused() {
    var degrading = new DegradingBackend(new AtomicBoolean());

    assertThatThrownBy(
            () ->
                SandboxBackends.of(degrading)
                    .allowingUnsandboxed()
                    .open(TestSandboxes.settings(SandboxSettings.AUTO), warnings::add))
        .isInstanceOf(SandboxUnavailableException.class)
        .hasMessage(
            "the degrading backend declares partial isolation but opened a sandbox that isolates"
                + " nothing; refused (name a backend that isolates nothing to run without"
                + " isolation)");
    assertThat(degrading.closed()).as("the sandbox it opened was closed").isTrue();
    assertThatThrownBy(
            () ->
                SandboxBackends.of(degrading)
                    .open(TestSandboxes.settings("degrading"), warnings::add))
        .isInstanceOf(SandboxUnavailableException.class);
    assertThat(warnings).isEmpty();
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
              .allowingUnsandboxed()
              .open(TestSandboxes.settings(SandboxSettings.AUTO), warnings::add)) {
        assertThat(sandbox.backend()).isEqualTo("unsafe-process");
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
  void
      the_standard_backends_are_docker_process_and_unsafe_process_and_an_unknown_name_says_what_is_expected() {
    SandboxBackends standard = SandboxBackends.standard();

    assertThat(standard.names()).containsExactly("docker", "process", "unsafe-process");
    assertThat(standard.parse(" docker ")).isEqualTo("docker");
    assertThat(standard.parse("auto")).isEqualTo("auto");
    assertThat(standard.parse("unsafe-process")).isEqualTo("unsafe-process");
    assertThat(standard.unsandboxedAllowed()).isFalse();
    assertThatThrownBy(() -> standard.parse("vm"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown sandbox backend 'vm' (expected auto, docker, process or unsafe-process)");
    assertThatThrownBy(() -> standard.open(TestSandboxes.settings("vm"), warnings::add))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "unknown sandbox backend 'vm' (expected auto, docker, process or unsafe-process)");
  }

  @Test
  void with_replaces_the_backend_of_the_same_name_in_place_and_adds_a_new_one_last() {
    var fake = new FakeBackend("fake", Capabilities.NONE, Optional.empty());
    SandboxBackends registry = SandboxBackends.standard().with(fake).with(ProcessBackend.plain());

    assertThat(registry.names()).containsExactly("docker", "process", "unsafe-process", "fake");
    assertThat(SandboxBackends.standard().names())
        .as("a registry does not change")
        .containsExactly("docker", "process", "unsafe-process");
    assertThat(registry.allowingUnsandboxed().with(fake).unsandboxedAllowed())
        .as("with keeps what auto may do")
        .isTrue();
    assertThatThrownBy(() -> registry.parse("vm"))
        .hasMessage(
            "unknown sandbox backend 'vm' (expected auto, docker, process, unsafe-process or"
                + " fake)");
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
                    .allowingUnsandboxed()
                    .open(TestSandboxes.settings(SandboxSettings.AUTO), warnings::add))
        .isInstanceOf(SandboxUnavailableException.class)
        .hasMessage("no sandbox backend that isolates can run here: away: no engine");
    assertThat(warnings).isEmpty();
  }

  @Test
  void the_process_backend_reports_partial_isolation_only_under_bubblewrap_and_no_limits() {
    try (Sandbox plain =
        ProcessBackend.plain().open(TestSandboxes.settings(ProcessBackend.UNSAFE_NAME))) {
      assertThat(plain.capabilities()).isEqualTo(Capabilities.NONE);
    }
    assertThat(new ProcessBackend().capabilities().isolation()).isEqualTo(Isolation.PARTIAL);
    assertThat(ProcessBackend.plain().unavailable()).as("plain processes always run").isEmpty();
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

  /** A bwrap that fails as it does where unprivileged user namespaces are not allowed. */
  private static Path brokenBubblewrap(Path dir) throws Exception {
    Path fake = dir.resolve("bwrap");
    Files.writeString(
        fake,
        "#!/bin/sh\necho 'bwrap: creating new namespace failed: Operation not permitted' >&2\n"
            + "exit 1\n");
    fake.toFile().setExecutable(true);
    return fake;
  }

  private static Capabilities isolating(Isolation isolation) {
    return new Capabilities(isolation, false, false, false, false, false);
  }

  /** A backend that declares partial isolation and opens a sandbox that isolates nothing. */
  private record DegradingBackend(AtomicBoolean closedFlag) implements SandboxBackend {

    boolean closed() {
      return closedFlag.get();
    }

    @Override
    public String name() {
      return "degrading";
    }

    @Override
    public Capabilities capabilities() {
      return isolating(Isolation.PARTIAL);
    }

    @Override
    public Optional<String> unavailable() {
      return Optional.empty();
    }

    /** A sandbox that says it isolates nothing, and remembers being closed. */
    @Override
    public Sandbox open(SandboxSettings settings) {
      Sandbox plain = new FakeBackend(name(), Capabilities.NONE, Optional.empty()).open(settings);
      return new Sandbox() {
        @Override
        public ExecResult exec(Command command, Path tree, Limits limits) {
          return plain.exec(command, tree, limits);
        }

        @Override
        public String backend() {
          return plain.backend();
        }

        @Override
        public Capabilities capabilities() {
          return plain.capabilities();
        }

        @Override
        public List<String> weaknesses() {
          return plain.weaknesses();
        }

        @Override
        public void close() {
          closedFlag.set(true);
        }
      };
    }
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
