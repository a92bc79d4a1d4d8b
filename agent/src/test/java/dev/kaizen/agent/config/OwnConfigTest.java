package dev.kaizen.agent.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Kaizen's own {@code kaizen.yml}, read against this repository: its measuring instrument is
 * protected, its benchmark measures a corpus of its own rather than the tree, and the agent's code
 * stays free to improve.
 */
class OwnConfigTest {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  private static KaizenConfig own() throws IOException {
    return ConfigReader.read(
        Files.readString(ROOT.resolve("kaizen.yml")),
        "kaizen.yml",
        "this repository",
        ProjectDefaults.detect(ROOT));
  }

  @Test
  void the_benchmarks_build_and_tests_are_protected_and_the_agent_code_is_not() throws IOException {
    ProtectedPaths protection = own().protection(ROOT);

    assertThat(protection.test("benchmarks/src/main/java/dev/kaizen/benchmarks/IndexCorpus.java"))
        .isTrue();
    assertThat(protection.test("agent/pom.xml")).isTrue();
    assertThat(protection.test(".mvn/wrapper/maven-wrapper.properties")).isTrue();
    assertThat(protection.test("agent/src/main/java/dev/kaizen/agent/index/CodeIndex.java"))
        .isFalse();
    assertThat(protection.test("evals/src/main/java/dev/kaizen/evals/Gate.java")).isFalse();
  }

  @Test
  void the_index_benchmark_is_given_no_folder_to_index() throws IOException {
    String command =
        own().evals().stream()
            .filter(e -> e.id().equals("index-speed"))
            .findFirst()
            .orElseThrow()
            .command();

    assertThat(command).endsWith("dev.kaizen.benchmarks.IndexBenchmark 3");
  }
}
