package dev.kaizen.agent.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ChangeFingerprintTest {

  private static final String PATH = "src/main/java/demo/Sum.java";

  private static final String BEFORE =
      """
      package demo;

      final class Sum {
        static int of(int[] values) {
          int sum = 0;
          for (int v : values) sum += v;
          return sum;
        }
      }
      """;

  private static final String AFTER =
      """
      package demo;

      final class Sum {
        static int of(int[] values) {
          return java.util.Arrays.stream(values).sum();
        }
      }
      """;

  private static final String AFTER_REFORMATTED_WITH_COMMENTS =
      """
      package demo;

      /** Sums. */
      final class Sum
      {
          // streams are faster here (they are not)
          static int of(int[] values) { return java.util.Arrays.stream(values)
                  .sum(); /* done */ }
      }
      """;

  private static ChangeFingerprint change(String path, String before, String after) {
    return ChangeFingerprint.of(
        List.of(new ChangedSource(path, Optional.of(before), Optional.of(after))));
  }

  @Test
  void the_same_change_reformatted_and_recommented_has_the_same_fingerprint() {
    assertThat(change(PATH, BEFORE, AFTER_REFORMATTED_WITH_COMMENTS).value())
        .isEqualTo(change(PATH, BEFORE, AFTER).value());
  }

  @Test
  void a_different_change_has_a_different_fingerprint() {
    String other = AFTER.replace(".sum()", ".reduce(0, Integer::sum)");

    assertThat(change(PATH, BEFORE, other).value())
        .isNotEqualTo(change(PATH, BEFORE, AFTER).value());
  }

  @Test
  void the_same_text_in_another_file_is_another_change() {
    assertThat(change("src/main/java/demo/Other.java", BEFORE, AFTER).value())
        .isNotEqualTo(change(PATH, BEFORE, AFTER).value());
  }

  @Test
  void a_change_of_formatting_and_comments_only_is_cosmetic_and_a_real_change_is_not() {
    String recommented =
        BEFORE
            .replace("  static int of", "  /** The sum of the values. */\n  static int of")
            .replace("int sum = 0;", "int   sum=0; // start");

    assertThat(change(PATH, BEFORE, recommented).cosmetic()).isTrue();
    assertThat(change(PATH, BEFORE, AFTER).cosmetic()).isFalse();
  }

  @Test
  void stripping_javadoc_is_cosmetic() {
    String documented = BEFORE.replace("final class Sum", "/** Adds. */\nfinal class Sum");

    assertThat(change(PATH, documented, BEFORE).cosmetic()).isTrue();
  }

  @Test
  void code_hidden_in_a_comment_by_a_unicode_line_feed_is_code_as_javac_reads_it() {
    String hidden = BEFORE.replace("int sum = 0;", "int sum = 0; // \\u000a sum = 42;");

    assertThat(change(PATH, BEFORE, hidden).cosmetic()).isFalse();
  }

  @Test
  void other_files_compare_up_to_line_endings_and_trailing_whitespace_only() {
    assertThat(change("score.txt", "1000\n", "1000  \r\n\n").cosmetic()).isTrue();
    assertThat(change("notes.yml", "a:\n  b: 1\n", "a:\n b: 1\n").cosmetic())
        .as("indentation is meaning in YAML")
        .isFalse();
  }

  @Test
  void java_that_does_not_parse_compares_as_text() {
    assertThat(change(PATH, "class {", "class {  ").cosmetic()).isTrue();
    assertThat(change(PATH, "class {", "class { int").cosmetic()).isFalse();
  }

  @Test
  void deleting_or_adding_a_file_is_never_cosmetic() {
    assertThat(
            ChangeFingerprint.of(
                    List.of(new ChangedSource(PATH, Optional.of(BEFORE), Optional.empty())))
                .cosmetic())
        .isFalse();
    assertThat(
            ChangeFingerprint.of(
                    List.of(new ChangedSource(PATH, Optional.empty(), Optional.of(BEFORE))))
                .cosmetic())
        .isFalse();
  }
}
