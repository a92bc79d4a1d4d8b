package dev.kaizen.agent.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AnswerTextTest {

  @Test
  void reads_the_summary_and_a_rationale_over_several_lines_up_to_the_first_edit() {
    AnswerText text =
        AnswerText.read(
            """
        Summary: Use a StringBuilder in Report.render
        Rationale: += copies the string each pass.
        A builder appends in place.
        src/main/java/demo/Report.java
        ```java
        <<<<<<< SEARCH
        """);

    assertThat(text.summary()).hasValue("Use a StringBuilder in Report.render");
    assertThat(text.rationale())
        .hasValue("+= copies the string each pass. A builder appends in place.");
  }

  @Test
  void ignores_markdown_emphasis_headings_and_case() {
    AnswerText text =
        AnswerText.read(
            """
        ## **Summary:** Cache the compiled pattern
        **rationale**: Compiling a regex per call is slow.

        More prose that is not part of it.
        """);

    assertThat(text.summary()).hasValue("Cache the compiled pattern");
    assertThat(text.rationale()).hasValue("Compiling a regex per call is slow.");
  }

  @Test
  void clips_a_long_summary_to_one_short_line() {
    AnswerText text = AnswerText.read("Summary: " + "word ".repeat(40));

    assertThat(text.summary())
        .hasValueSatisfying(
            s -> {
              assertThat(s).hasSizeLessThanOrEqualTo(AnswerText.MAX_SUMMARY).endsWith("…");
            });
  }

  @Test
  void has_neither_when_the_answer_does_not_say() {
    AnswerText text = AnswerText.read("Here is the change:\n```java\nint x;\n```\n");

    assertThat(text.summary()).isEmpty();
    assertThat(text.rationale()).isEmpty();
  }
}
