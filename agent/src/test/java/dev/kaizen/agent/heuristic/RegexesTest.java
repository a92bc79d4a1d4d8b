package dev.kaizen.agent.heuristic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RegexesTest {

  @ParameterizedTest
  @ValueSource(strings = {",", ":", " ", "a", "\\.", "\\|", "\\$", "\\\\", "\\-", "\\ "})
  void knows_the_regexes_string_split_handles_without_a_pattern(String regex) {
    assertThat(Regexes.splitFastPath(regex)).as(regex).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        ".", "|", "$", "(", ")", "[", "{", "^", "?", "*", "+", "\\", "\\d", "\\s", "\\1", "\\Q",
        ",,", "\\s+", "", "\uD800"
      })
  void knows_the_regexes_string_split_compiles(String regex) {
    assertThat(Regexes.splitFastPath(regex)).as(regex).isFalse();
  }

  @Test
  void names_a_constant_after_the_string_constant_it_comes_from() {
    assertThat(Regexes.constantName(",", "split", Optional.of("SEPARATOR")))
        .isEqualTo("SEPARATOR_PATTERN");
    assertThat(Regexes.constantName(",", "split", Optional.of("SEP_REGEX")))
        .isEqualTo("SEP_PATTERN");
    assertThat(Regexes.constantName(",", "split", Optional.of("KEY_PATTERN")))
        .isEqualTo("COMPILED_KEY_PATTERN");
  }

  @Test
  void names_a_constant_after_what_a_well_known_regex_means_or_else_after_the_method() {
    assertThat(Regexes.constantName("\\s+", "split", Optional.empty())).isEqualTo("WHITESPACE");
    assertThat(Regexes.constantName("error", "matches", Optional.empty()))
        .isEqualTo("ERROR_PATTERN");
    assertThat(Regexes.constantName("a|b", "replaceAll", Optional.empty()))
        .isEqualTo("REPLACE_ALL_PATTERN");
  }

  @Test
  void tells_a_valid_regex_from_an_invalid_one() {
    assertThat(Regexes.compiles("[a-z]+")).isTrue();
    assertThat(Regexes.compiles("[a-z")).isFalse();
  }
}
