package dev.kaizen.agent.patch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SimilarityTest {

  @Test
  void finds_the_window_that_best_aligns_even_with_a_line_missing() {
    List<String> file =
        List.of("class A {", "  int a() {", "    int x = 1;", "    return x + 1;", "  }", "}");
    List<String> wanted = List.of("int a() {", "return x + 1;", "}");

    NearestLines nearest = Similarity.nearest(file, wanted).orElseThrow();

    assertThat(nearest.where()).isEqualTo("lines 2-5");
    assertThat(nearest.text()).isEqualTo("  int a() {\n    int x = 1;\n    return x + 1;\n  }\n");
    assertThat(nearest.similarity()).isBetween(0.8, 0.9);
  }

  @Test
  void shows_nothing_when_nothing_comes_close() {
    assertThat(
            Similarity.nearest(List.of("alpha", "beta"), List.of("completely different text here")))
        .isEmpty();
  }
}
