package dev.kaizen.agent.patch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLinesTest {

  @Test
  void round_trips_any_mix_of_line_endings() {
    String text = "a\r\nb\nc\rd";

    assertThat(TextLines.of(text).text()).isEqualTo(text);
    assertThat(TextLines.of(text).contents()).containsExactly("a", "b", "c", "d");
  }

  @Test
  void new_lines_get_the_files_separator_and_other_lines_keep_theirs() {
    TextLines lines = TextLines.of("a\r\nb\nc\r\n");

    assertThat(lines.replace(1, 1, List.of("x", "y")).text()).isEqualTo("a\r\nx\r\ny\nc\r\n");
  }

  @Test
  void appending_after_a_last_line_without_separator_keeps_the_file_without_one() {
    assertThat(TextLines.of("a\nb").replace(2, 0, List.of("c")).text()).isEqualTo("a\nb\nc");
  }
}
