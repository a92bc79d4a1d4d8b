package dev.kaizen.agent.heuristic;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JavaStringsTest {

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "\\\\s+       | \\s+",
        "\\s+         | ' +'",
        "\\\\\\s      | '\\ '",
        "\\101\\60    | A0",
        "\\u0041\\\\d | A\\d",
        "\\uuu0042    | B",
        "\\\\u0041    | \\u0041",
        "\\u005c\\u005c | \\"
      })
  void reads_the_exact_value_of_a_string_literal(String source, String value) {
    assertThat(JavaStrings.value(literal(source))).contains(value);
  }

  @ParameterizedTest
  @CsvSource({"\\0+", "a\\tb\\nc"})
  void reads_control_characters_and_shows_them_escaped_on_one_line(String source) {
    String value = JavaStrings.value(literal(source)).orElseThrow();
    assertThat(value).doesNotContain("\\");
    assertThat(JavaStrings.display(value)).isEqualTo(source.replace("\\0", "\\u0000"));
  }

  @ParameterizedTest
  @CsvSource({"\\q", "\\8"})
  void does_not_know_the_value_of_an_invalid_escape(String source) {
    assertThat(JavaStrings.value(literal(source))).isEqualTo(Optional.empty());
  }

  private static StringLiteralExpr literal(String source) {
    return new StringLiteralExpr(source);
  }
}
