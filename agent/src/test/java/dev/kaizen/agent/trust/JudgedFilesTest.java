package dev.kaizen.agent.trust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.config.PathGlobs;
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

  final JudgedFiles judged = new JudgedFiles(new PathGlobs(KaizenConfig.DEFAULT_PROTECTED));

  private List<String> violations(ChangedPath change, Map<String, String> baseline) {
    return judged.violations(
        "the candidate", List.of(change), p -> Optional.ofNullable(baseline.get(p)));
  }

  @Test
  void a_protected_path_is_refused_naming_the_glob() {
    assertThat(violations(new ChangedPath("kaizen.yml", Kind.MODIFIED), Map.of()))
        .containsExactly("refused: the candidate edits kaizen.yml, protected by 'kaizen.yml'");
    assertThat(
            violations(
                new ChangedPath("core/src/test/java/demo/ATest.java", Kind.DELETED), Map.of()))
        .containsExactly(
            "refused: the candidate deletes core/src/test/java/demo/ATest.java, protected by '**/src/test/**'");
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
  void a_new_file_may_hold_tests_and_ordinary_code_may_change() {
    assertThat(violations(new ChangedPath("src/main/java/demo/New.java", Kind.ADDED), Map.of()))
        .isEmpty();
    assertThat(
            violations(
                new ChangedPath("src/main/java/demo/Report.java", Kind.MODIFIED),
                Map.of("src/main/java/demo/Report.java", "package demo; final class Report {}")))
        .isEmpty();
  }
}
