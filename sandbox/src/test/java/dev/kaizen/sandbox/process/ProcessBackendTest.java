package dev.kaizen.sandbox.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.sandbox.Capabilities;
import dev.kaizen.sandbox.SandboxUnavailableException;
import dev.kaizen.sandbox.testing.TestSandboxes;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The two process backends: {@code process} is bubblewrap or nothing, {@code unsafe-process} plain
 * processes by name. Needs no working bubblewrap (a fake one stands in for a broken one).
 */
class ProcessBackendTest {

  @TempDir Path dir;

  /** A bwrap that fails as it does where unprivileged user namespaces are restricted. */
  private Path brokenBubblewrap() throws Exception {
    Path fake = dir.resolve("bwrap");
    Files.writeString(
        fake, "#!/bin/sh\necho 'bwrap: setting up uid map: Permission denied' >&2\nexit 1\n");
    fake.toFile().setExecutable(true);
    return fake;
  }

  @Test
  void process_backend_is_unavailable_and_opens_nothing_where_bubblewrap_cannot_work()
      throws Exception {
    Path bwrap = brokenBubblewrap();
    ProcessBackend backend = ProcessBackend.bubblewrapAt(bwrap);

    assertThat(backend.name()).isEqualTo("process");
    assertThat(backend.capabilities()).isEqualTo(ProcessBackend.CAPABILITIES);
    assertThat(backend.unavailable())
        .hasValue(
            "the process backend needs bubblewrap, and "
                + bwrap
                + " cannot isolate commands here (user namespaces may be restricted): bwrap:"
                + " setting up uid map: Permission denied (exit 1)");
    assertThatThrownBy(() -> backend.open(TestSandboxes.settings(ProcessBackend.NAME)))
        .as("never plain processes in place of bubblewrap")
        .isInstanceOf(SandboxUnavailableException.class)
        .hasMessage(
            backend.unavailable().orElseThrow()
                + "; or use sandbox.backend: docker (or auto), or unsafe-process to run"
                + " candidates without isolation");
  }

  @Test
  void unsafe_process_backend_runs_plain_processes_by_name_and_isolates_nothing() {
    ProcessBackend backend = ProcessBackend.plain();

    assertThat(backend.name()).isEqualTo("unsafe-process");
    assertThat(backend.capabilities()).isEqualTo(Capabilities.NONE);
    assertThat(backend.unavailable()).isEmpty();
    try (ProcessSandbox sandbox = backend.open(TestSandboxes.settings(backend.name()))) {
      assertThat(sandbox.mode()).isEqualTo(ProcessSandbox.Mode.PLAIN);
      assertThat(sandbox.backend()).isEqualTo("unsafe-process");
      assertThat(sandbox.capabilities()).isEqualTo(Capabilities.NONE);
    }
  }
}
