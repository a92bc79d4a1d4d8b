package dev.kaizen.agent.trust;

import static org.assertj.core.api.Assertions.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.InstanceOfAssertFactories.STRING;

import dev.kaizen.agent.config.ProtectedPaths;
import dev.kaizen.agent.workspace.ChangedPath;
import dev.kaizen.agent.workspace.ChangedPath.Kind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JudgedFilesTest {

  static final String TESTS_OUTSIDE_SRC_TEST =
      """
      package demo;

      import org.junit.jupiter.api.Test;

      class Checks {
        @Test
        void adds() {}
      }
      """;

  static final String BENCHMARK =
      """
      package demo;

      public class ParseBench {
        @org.openjdk.jmh.annotations.Benchmark
        public int parse() { return 1; }
      }
      """;

  static final String MENTIONS_TEST_IN_JAVADOC =
      """
      package demo;

      /** Counts methods annotated with {@code @Test}, or
       * @Test at a Javadoc line start.
       */
      final class Counter {}
      """;

  final JudgedFiles judged = new JudgedFiles(ProtectedPaths.core());

  private List<String> violations(ChangedPath change, Map<String, String> baseline) {
    return violations(change, baseline, Map.of());
  }

  private List<String> violations(
      ChangedPath change, Map<String, String> baseline, Map<String, String> candidate) {
    return judged.violations(
        "the candidate",
        List.of(change),
        p -> Optional.ofNullable(baseline.get(p)),
        p -> Optional.ofNullable(candidate.get(p)));
  }

  @Test
  void a_protected_path_is_refused_naming_the_glob() {
    assertThat(violations(new ChangedPath("kaizen.yml", Kind.MODIFIED), Map.of()))
        .containsExactly(
            "refused: the candidate edits kaizen.yml, protected by 'kaizen.yml'"
                + " (Kaizen's settings: the evals, the gate and the protected paths)");
    assertThat(
            violations(
                new ChangedPath("core/src/test/java/demo/ATest.java", Kind.DELETED), Map.of()))
        .containsExactly(
            "refused: the candidate deletes core/src/test/java/demo/ATest.java, protected by '**/src/test/**'"
                + " (tests and their resources judge the candidate)");
  }

  @Test
  void a_file_holding_baseline_tests_is_judged_wherever_it_lives() {
    String path = "src/main/java/demo/Checks.java";

    assertThat(
            violations(new ChangedPath(path, Kind.MODIFIED), Map.of(path, TESTS_OUTSIDE_SRC_TEST)))
        .containsExactly(
            "refused: the candidate edits src/main/java/demo/Checks.java, which holds the baseline's tests (@Test)");
    assertThat(
            violations(new ChangedPath(path, Kind.DELETED), Map.of(path, TESTS_OUTSIDE_SRC_TEST)))
        .containsExactly(
            "refused: the candidate deletes src/main/java/demo/Checks.java, which holds the baseline's tests (@Test)");
  }

  @Test
  void a_file_holding_benchmarks_is_judged() {
    String path = "bench/src/main/java/demo/ParseBench.java";

    assertThat(violations(new ChangedPath(path, Kind.MODIFIED), Map.of(path, BENCHMARK)))
        .containsExactly(
            "refused: the candidate edits "
                + path
                + ", which holds the baseline's benchmarks (@Benchmark)");
  }

  @Test
  void an_annotation_named_only_in_javadoc_does_not_make_a_file_a_test() {
    String path = "src/main/java/demo/Counter.java";

    assertThat(
            violations(
                new ChangedPath(path, Kind.MODIFIED), Map.of(path, MENTIONS_TEST_IN_JAVADOC)))
        .isEmpty();
  }

  @Test
  void a_new_file_without_tests_and_ordinary_code_may_change() {
    assertThat(violations(new ChangedPath("src/main/java/demo/New.java", Kind.ADDED), Map.of()))
        .isEmpty();
    assertThat(
            violations(
                new ChangedPath("src/main/java/demo/Report.java", Kind.MODIFIED),
                Map.of("src/main/java/demo/Report.java", "package demo; final class Report {}")))
        .isEmpty();
  }

  @Test
  void a_build_file_is_refused_at_any_depth_naming_source_roots_and_extensions() {
    assertThat(violations(new ChangedPath("pom.xml", Kind.MODIFIED), Map.of()))
        .containsExactly(
            "refused: the candidate edits pom.xml, protected by 'pom.xml'"
                + " (a build file: it decides the source roots, plugins, build extensions and test"
                + " options)");
    assertThat(violations(new ChangedPath("sub/module/pom.xml", Kind.ADDED), Map.of()))
        .singleElement(as(STRING))
        .startsWith("refused: the candidate adds sub/module/pom.xml, protected by 'pom.xml'");
    assertThat(violations(new ChangedPath(".mvn/maven.config", Kind.ADDED), Map.of()))
        .singleElement(as(STRING))
        .startsWith("refused: the candidate adds .mvn/maven.config, protected by '.mvn'");
    assertThat(violations(new ChangedPath(".mvn/extensions.xml", Kind.ADDED), Map.of()))
        .containsExactly(
            "refused: the candidate adds .mvn/extensions.xml, protected by '.mvn/extensions.xml'"
                + " (it declares Maven build extensions, which run inside every build)");
  }

  @Test
  void an_added_main_source_declaring_tests_is_refused() {
    String path = "src/main/java/demo/Checks.java";

    assertThat(
            violations(
                new ChangedPath(path, Kind.ADDED), Map.of(), Map.of(path, TESTS_OUTSIDE_SRC_TEST)))
        .containsExactly(
            "refused: the candidate adds src/main/java/demo/Checks.java, which would declare tests"
                + " (@Test): a candidate may not bring its own tests or benchmarks");
  }

  @Test
  void an_added_benchmark_and_tests_added_to_existing_code_are_refused() {
    String bench = "bench/src/main/java/demo/ParseBench.java";
    String report = "src/main/java/demo/Report.java";
    String testng =
        "package demo;\n\nclass Report {\n  @org.testng.annotations.Test\n  void t() {}\n}\n";

    assertThat(violations(new ChangedPath(bench, Kind.ADDED), Map.of(), Map.of(bench, BENCHMARK)))
        .containsExactly(
            "refused: the candidate adds "
                + bench
                + ", which would declare benchmarks (@Benchmark): a candidate may not bring its"
                + " own tests or benchmarks");
    assertThat(
            violations(
                new ChangedPath(report, Kind.MODIFIED),
                Map.of(report, "package demo;\n\nclass Report {}\n"),
                Map.of(report, testng)))
        .singleElement(as(STRING))
        .contains("which would declare tests (@Test)");
  }

  @Test
  void test_framework_settings_in_main_resources_are_refused() {
    assertThat(
            violations(
                new ChangedPath(
                    "src/main/resources/META-INF/services/org.junit.jupiter.api.extension.Extension",
                    Kind.ADDED),
                Map.of()))
        .singleElement(as(STRING))
        .contains("protected by '**/META-INF/services/org.junit.*' (it configures the test");
    assertThat(
            violations(
                new ChangedPath("src/main/resources/junit-platform.properties", Kind.ADDED),
                Map.of()))
        .singleElement(as(STRING))
        .contains("protected by 'junit-platform.properties'");
  }
}
