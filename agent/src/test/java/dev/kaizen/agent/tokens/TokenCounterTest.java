package dev.kaizen.agent.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TokenCounterTest {

  @Test
  void counts_nothing_in_empty_text() {
    assertThat(TokenCounter.count("")).isZero();
    assertThat(TokenCounter.count(new StringBuilder())).isZero();
  }

  @Test
  void counts_o200k_tokens() {
    assertThat(TokenCounter.count("hello world")).as("'hello' and ' world'").isEqualTo(2);
    assertThat(TokenCounter.count("public static void main(String[] args) {"))
        .as("public, static, void, main, (String, [], args, ), {")
        .isEqualTo(9);
  }

  @Test
  void counts_special_token_markers_as_ordinary_text() {
    assertThat(TokenCounter.count("String end = \"<|endoftext|>\";"))
        .as("a marker in source code is text, never a special token (and never an exception)")
        .isGreaterThan(5);
  }

  @Test
  void gives_the_same_count_from_many_threads_at_once() {
    String text = "class Point { double norm() { return Math.sqrt(x * x + y * y); } }\n".repeat(50);
    int expected = TokenCounter.count(text);
    assertThat(
            IntStream.range(0, 64)
                .parallel()
                .map(i -> TokenCounter.count(text))
                .distinct()
                .toArray())
        .containsExactly(expected);
  }
}
