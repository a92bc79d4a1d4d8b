package dev.kaizen.agent.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.model.ModelProviders;
import dev.kaizen.evals.Direction;
import dev.kaizen.evals.EvalSpec;
import dev.kaizen.evals.EvalSuite;
import dev.kaizen.evals.Measurement;
import dev.kaizen.evals.MetricSpec;
import dev.kaizen.evals.Role;
import dev.kaizen.evals.types.EvalTypes;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.backends.SandboxBackends;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new eval type needs no change to any main class: registered with {@code
 * EvalTypes.standard().with(…)}, it is read from {@code kaizen.yml} by {@link ConfigReader} with
 * its own keys and located errors, and {@link EvalSuite} runs it (here against a scripted sandbox).
 */
class NewEvalTypeTest {

  static final EvalTypes TYPES = EvalTypes.standard().with(MetricsFileEvalType.TYPE);

  static final String YAML =
      """
      evals:
        - id: tests
          type: junit
          command: mvn -o -B -q test
        - id: size
          type: metrics-file
          command: ./measure.sh
          file: target/metrics.txt
          metrics:
            - {name: bytes, better: lower}
            - {name: files, better: lower, role: guard}
      """;

  @TempDir Path tree;

  private static KaizenConfig read(String yaml, EvalTypes types) {
    return ConfigReader.read(
        yaml,
        "kaizen.yml",
        "test",
        ProjectDefaults.maven(),
        new Extensions(types, ModelProviders.standard(), SandboxBackends.standard()));
  }

  @Test
  void a_registered_type_is_read_with_its_own_keys() {
    KaizenConfig c = read(YAML, TYPES);

    EvalSpec size = c.evals().get(1);
    assertThat(size.type()).isEqualTo(new MetricsFileEvalType("target/metrics.txt"));
    assertThat(size.type().id()).isEqualTo("metrics-file");
    assertThat(size.metrics())
        .containsExactly(
            new MetricSpec("bytes", Direction.LOWER, Role.TARGET),
            new MetricSpec("files", Direction.LOWER, Role.GUARD));
    assertThat(c.suite().metricEvals()).containsExactly(size);
    assertThat(c.suite().hasTargets()).isTrue();
  }

  @Test
  void without_it_its_keys_and_its_name_are_unknown() {
    assertThatThrownBy(() -> read(YAML, EvalTypes.standard()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(
            "kaizen.yml:8: unknown key 'evals[1].file' (expected one of: id, type, command, timeout, metrics, role)");
    assertThatThrownBy(
            () -> read(YAML.replace("    file: target/metrics.txt\n", ""), EvalTypes.standard()))
        .hasMessage(
            "kaizen.yml:6: evals[1].type: unknown eval type 'metrics-file' (expected junit, command or jmh)");
    assertThatThrownBy(() -> read(YAML.replace("type: metrics-file", "type: metric-file"), TYPES))
        .hasMessage(
            "kaizen.yml:6: evals[1].type: unknown eval type 'metric-file' (expected junit, command, jmh or metrics-file)");
  }

  @Test
  void its_keys_are_checked_where_they_are_written() {
    assertThatThrownBy(() -> read(YAML.replace("    file: target/metrics.txt\n", ""), TYPES))
        .isInstanceOf(ConfigException.class)
        .hasMessage("kaizen.yml:5: missing key 'evals[1].file'");
    assertThatThrownBy(
            () -> read(YAML.replace("file: target/metrics.txt", "file: /etc/passwd"), TYPES))
        .hasMessage(
            "kaizen.yml:8: evals[1].file: must be a relative path inside the tree: '/etc/passwd'");
    assertThatThrownBy(
            () ->
                read(
                    YAML.replace(
                        "    command: mvn -o -B -q test\n",
                        "    command: mvn -o -B -q test\n    file: x\n"),
                    TYPES))
        .as("a key of another type")
        .hasMessage("kaizen.yml:5: evals[0].file: a junit eval has no key 'file'");
    assertThatThrownBy(() -> read(YAML.replace("file: target", "fil: target"), TYPES))
        .hasMessageStartingWith("kaizen.yml:8: unknown key 'evals[1].fil'")
        .hasMessageContaining("file");
  }

  @Test
  void the_suite_runs_it_and_reads_the_file_its_command_wrote() {
    var sandbox = new FileWritingSandbox("target/metrics.txt", "bytes 4096\nfiles 12\n");

    Measurement m = new EvalSuite(read(YAML, TYPES).suite(), sandbox, Limits.DEFAULT).measure(tree);

    assertThat(m.problem()).isEmpty();
    assertThat(m.metrics()).isEqualTo(Map.of("bytes", 4096.0, "files", 12.0));
    assertThat(m.specs()).extracting(MetricSpec::name).containsExactly("bytes", "files");
    assertThat(sandbox.commands)
        .as("only the metric eval is measured")
        .containsExactly("./measure.sh");
  }

  @Test
  void a_file_without_a_declared_metric_is_a_problem_naming_the_eval() {
    var sandbox = new FileWritingSandbox("target/metrics.txt", "bytes 4096\n");

    Measurement m = new EvalSuite(read(YAML, TYPES).suite(), sandbox, Limits.DEFAULT).measure(tree);

    assertThat(m.problem()).contains("eval 'size': target/metrics.txt has no files");
  }

  /**
   * Answers every command by writing {@code text} to {@code file} in the tree, as a command that
   * measured would.
   */
  static final class FileWritingSandbox implements Sandbox {
    final List<String> commands = new ArrayList<>();
    private final String file;
    private final String text;

    FileWritingSandbox(String file, String text) {
      this.file = file;
      this.text = text;
    }

    @Override
    public ExecResult exec(Command command, Path tree, Limits limits) {
      commands.add(command.display());
      try {
        Files.createDirectories(tree.resolve(file).getParent());
        Files.writeString(tree.resolve(file), text);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return new ExecResult(0, "", "", Duration.ofMillis(10), false, false, false);
    }

    @Override
    public String backend() {
      return "scripted";
    }

    @Override
    public List<String> weaknesses() {
      return List.of("runs nothing: a test fake");
    }

    @Override
    public void close() {}
  }
}
