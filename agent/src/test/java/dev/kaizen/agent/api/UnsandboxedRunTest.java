package dev.kaizen.agent.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.Progress;
import dev.kaizen.agent.config.Extensions;
import dev.kaizen.sandbox.docker.DockerBackend;
import dev.kaizen.sandbox.docker.DockerEngine;
import dev.kaizen.sandbox.process.ProcessBackend;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The porcelain where no sandbox that isolates can run (no engine answers, bubblewrap cannot create
 * namespaces): it refuses to run candidates, unless {@link KaizenOptions#allowingUnsandboxed()}.
 */
class UnsandboxedRunTest {

  @TempDir Path dir;
  private final List<String> warnings = new ArrayList<>();
  private Path tree;
  private KaizenOptions nothingIsolatesHere;

  @BeforeEach
  void options_where_nothing_isolates() throws Exception {
    tree = Files.createDirectories(dir.resolve("tree"));
    Path bwrap = dir.resolve("bwrap");
    Files.writeString(
        bwrap,
        "#!/bin/sh\necho 'bwrap: creating new namespace failed: Operation not permitted' >&2\n"
            + "exit 1\n");
    bwrap.toFile().setExecutable(true);
    Extensions extensions =
        Extensions.standard()
            .with(new DockerBackend(DockerEngine.at("unix://" + dir.resolve("no-engine.sock"))))
            .with(ProcessBackend.bubblewrapAt(bwrap));
    nothingIsolatesHere =
        KaizenOptions.defaults()
            .withExtensions(extensions)
            .withProgress(
                new Progress() {
                  @Override
                  public void warn(String message) {
                    warnings.add(message);
                  }
                });
  }

  @Test
  void auto_refuses_to_run_a_command_without_isolation() {
    try (Kaizen kaizen = Kaizen.open(tree, nothingIsolatesHere)) {
      assertThatThrownBy(() -> kaizen.exec(tree, Optional.empty(), List.of("true")))
          .isInstanceOf(EnvironmentException.class)
          .hasMessageStartingWith("no sandbox backend that isolates can run here: ")
          .hasMessageContaining("the process backend needs bubblewrap")
          .hasMessageEndingWith("sandbox.backend: unsafe-process or --allow-unsandboxed");
    }
    assertThat(warnings).isEmpty();
  }

  @Test
  void allowing_unsandboxed_runs_plain_processes_with_their_warning() {
    try (Kaizen kaizen = Kaizen.open(tree, nothingIsolatesHere.allowingUnsandboxed())) {
      SandboxRun run = kaizen.exec(tree, Optional.empty(), List.of("echo", "ran"));

      assertThat(run.backend()).isEqualTo("unsafe-process");
      assertThat(run.result().stdout()).isEqualTo("ran\n");
    }
    assertThat(warnings)
        .singleElement()
        .asString()
        .startsWith("WARNING: THE SANDBOX ISOLATES NOTHING")
        .contains("running without isolation was allowed (--allow-unsandboxed)")
        .contains("  - environment:");
  }

  @Test
  void the_allowance_is_off_by_default_and_kept_in_the_sandbox_backends() {
    assertThat(KaizenOptions.defaults().unsandboxedAllowed()).isFalse();
    assertThat(nothingIsolatesHere.allowingUnsandboxed().unsandboxedAllowed()).isTrue();
    assertThat(
            nothingIsolatesHere
                .allowingUnsandboxed()
                .extensions()
                .sandboxBackends()
                .unsandboxedAllowed())
        .isTrue();
    assertThat(
            nothingIsolatesHere
                .allowingUnsandboxed()
                .withExtensions(Extensions.standard())
                .unsandboxedAllowed())
        .as("new extensions bring their own backends, which do not allow it")
        .isFalse();
  }
}
