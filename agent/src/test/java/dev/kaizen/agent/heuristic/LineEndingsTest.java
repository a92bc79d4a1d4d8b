package dev.kaizen.agent.heuristic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The golden cases still hold, byte for byte, for files with Windows line endings. */
class LineEndingsTest {

  @ParameterizedTest
  @CsvSource({
    "string-concat-in-loop, foreach-plus-equals",
    "string-concat-in-loop, nested-loops-inner",
    "precompile-regex, split-whitespace",
    "precompile-regex, existing-import-and-constant",
    "precompile-regex, default-package-no-imports"
  })
  void keeps_crlf_line_endings_in_new_lines(String ruleId, String golden) throws IOException {
    RewriteRule rule =
        HeuristicProposer.defaultRules().stream()
            .filter(r -> r.id().equals(ruleId))
            .findFirst()
            .orElseThrow();
    String before = crlf(resource(ruleId, golden + ".before.java"));
    String expected = crlf(resource(ruleId, golden + ".after.java"));

    String text = before;
    for (List<Place> places = rule.find(Parsing.parse(text).orElseThrow());
        !places.isEmpty();
        places = rule.find(Parsing.parse(text).orElseThrow())) {
      text = rule.rewrite(text, places.get(0)).text().orElseThrow();
    }

    assertThat(text).isEqualTo(expected);
    assertThat(text.replace("\r\n", "")).as("no bare line feeds").doesNotContain("\n");
  }

  private static String crlf(String text) {
    return text.replace("\r\n", "\n").replace("\n", "\r\n");
  }

  private static String resource(String ruleId, String name) throws IOException {
    try (InputStream in =
        LineEndingsTest.class.getResourceAsStream("/heuristic/" + ruleId + "/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
