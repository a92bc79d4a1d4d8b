package dev.kaizen.agent.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavadocsTest {

  @Test
  void keeps_the_first_sentence_only() {
    assertThat(Javadocs.firstSentence("Renders the report. Then more."))
        .contains("Renders the report.");
  }

  @Test
  void does_not_cut_at_a_dot_inside_a_word_or_number() {
    assertThat(Javadocs.firstSentence("Uses java.util.List and 1.5 times the memory"))
        .contains("Uses java.util.List and 1.5 times the memory");
  }

  @Test
  void replaces_inline_tags_by_their_text_and_drops_html() {
    assertThat(Javadocs.firstSentence("Calls {@link Foo#bar} with <em>{@code $1}</em>.\n<p>More."))
        .contains("Calls Foo#bar with $1.");
  }

  @Test
  void is_empty_for_a_blank_description() {
    assertThat(Javadocs.firstSentence("  \n ")).isEmpty();
  }

  @Test
  void cuts_a_very_long_sentence() {
    assertThat(Javadocs.firstSentence("word ".repeat(100)))
        .get()
        .asString()
        .hasSize(200)
        .endsWith("…");
  }
}
