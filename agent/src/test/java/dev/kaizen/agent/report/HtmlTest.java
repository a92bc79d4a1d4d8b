package dev.kaizen.agent.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HtmlTest {

  @Test
  void escapes_every_character_that_could_open_markup_or_close_an_attribute() {
    assertThat(Html.escape("<script>alert(\"x\")</script> & 'y'"))
        .isEqualTo("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;");
  }

  @Test
  void escapes_an_already_escaped_string_again_so_it_reads_as_written() {
    assertThat(Html.escape("&lt;b&gt;")).isEqualTo("&amp;lt;b&amp;gt;");
  }

  @Test
  void drops_control_characters_xml_does_not_allow_and_keeps_the_rest() {
    assertThat(Html.escape("a\u0000b\u0007c\nd\te → ü 🙂")).isEqualTo("abc\nd\te → ü 🙂");
  }

  @Test
  void null_is_empty() {
    assertThat(Html.escape(null)).isEmpty();
    assertThat(Html.shorten(null, 5)).isEmpty();
  }

  @Test
  void an_id_holds_only_safe_characters_and_is_never_empty() {
    assertThat(Html.id("20261127-0423-5f1c")).isEqualTo("20261127-0423-5f1c");
    assertThat(Html.id("s1\"><script>")).isEqualTo("s1---script-");
    assertThat(Html.id("")).isEqualTo("_");
  }

  @Test
  void shortens_to_one_line_with_an_ellipsis() {
    assertThat(Html.shorten("one\n  two three", 40)).isEqualTo("one two three");
    assertThat(Html.shorten("abcdefghij", 6)).isEqualTo("abcde…").hasSize(6);
  }
}
