package dev.kaizen.agent.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.config.ConfigException;
import dev.kaizen.agent.config.Extensions;
import dev.kaizen.agent.config.MetricsFileEvalType;
import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.evals.Measurement;
import dev.kaizen.sandbox.Capabilities;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxBackend;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.process.ProcessBackend;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The porcelain with extensions no main class knows: an eval type and a sandbox backend that exist
 * only in these tests, registered through {@link KaizenOptions#extensions()}, are read from the
 * repository's {@code kaizen.yml}, opened and run by {@link Kaizen#evaluate}, with no change to any
 * other package.
 */
class KaizenTest {

  /** A sandbox backend of the tests' own: plain processes under another name. */
  record PlainTestBackend() implements SandboxBackend {
    @Override
    public String name() {
      return "plain-test";
    }

    @Override
    public Capabilities capabilities() {
      return Capabilities.NONE;
    }

    @Override
    public Optional<String> unavailable() {
      return Optional.empty();
    }

    @Override
    public Sandbox open(SandboxSettings settings) {
      return ProcessBackend.plain().open(settings);
    }
  }

  static final String KAIZEN_YML =
      """
      evals:
        - id: size
          type: metrics-file
          command: printf 'bytes 120\\nfiles 3\\n' > out/metrics.txt
          file: out/metrics.txt
          metrics:
            - {name: bytes, better: lower}
            - {name: files, better: lower, role: guard}
      sandbox: {backend: plain-test}
      """;

  @TempDir Path dir;

  private KaizenOptions options(Extensions extensions) {
    return KaizenOptions.defaults()
        .withWorkspace(Optional.of(dir.resolve("workspace")))
        .withExtensions(extensions);
  }

  private Path repository() {
    try (GitFixture repo = GitFixture.init(dir.resolve("repo"))) {
      repo.write("kaizen.yml", KAIZEN_YML)
          .write("out/.keep", "")
          .commitAll("a repository measured by a test-only eval type");
      return repo.root();
    }
  }

  @Test
  void registered_eval_type_and_sandbox_backend_are_read_opened_and_run_by_evaluate() {
    Path repo = repository();
    Extensions extensions =
        Extensions.standard().with(MetricsFileEvalType.TYPE).with(new PlainTestBackend());

    try (Kaizen kaizen = Kaizen.open(repo, options(extensions))) {
      EvaluateResult r = kaizen.evaluate("HEAD");

      assertThat(r.sandbox())
          .as("the sandbox the registered backend opened")
          .isEqualTo("unsafe-process");
      assertThat(r.check().ok()).as("the check of a tree with no build and no test eval").isTrue();
      Measurement m = r.measurement().orElseThrow();
      assertThat(m.problem()).isEmpty();
      assertThat(m.metrics()).containsEntry("bytes", 120.0).containsEntry("files", 3.0);
    }
  }

  @Test
  void without_the_registrations_the_same_configuration_is_refused() {
    Path repo = repository();

    try (Kaizen kaizen = Kaizen.open(repo, options(Extensions.standard()))) {
      assertThatThrownBy(() -> kaizen.evaluate("HEAD"))
          .isInstanceOf(ConfigException.class)
          .as("no registered type has the key 'file'")
          .hasMessageContaining(
              "unknown key 'evals[0].file' (expected one of: id, type, command, timeout, metrics, role)");
    }
  }
}
