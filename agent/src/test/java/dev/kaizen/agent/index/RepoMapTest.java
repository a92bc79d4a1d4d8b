package dev.kaizen.agent.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.testing.DemoTree;
import dev.kaizen.agent.tokens.TokenCounter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoMapTest {

  @TempDir static Path root;
  static CodeIndex index;

  @BeforeAll
  static void buildIndex() {
    index = CodeIndex.build(DemoTree.write(root));
  }

  @Test
  void renders_every_type_and_signature_grouped_by_file_main_code_and_larger_files_first() {
    assertThat(index.renderMap(10_000, Optional.empty()))
        .isEqualTo(
            """
        src/main/java/demo/Util.java
          class Util — Small helpers for lists.
            Util()
            <T extends Comparable<T>> T max(List<T> xs) throws IllegalStateException
            int sum(int... values)
            class Inner<K, V> extends Object — A helper nested in Util.
              void run()
        src/main/java/demo/Point.java
          record Point(int x, int y) — A point in the plane.
            Point
            double norm()
        src/main/java/demo/Color.java
          enum Color implements java.io.Serializable — The colors we know!
            Color next()
        src/main/java/demo/Marker.java
          @interface Marker
            String value()
        src/main/java/demo/shapes/Shape.java
          interface Shape
            double area()
        src/main/java/demo/target/Aim.java
          class Aim
        src/test/java/other/UtilTest.java
          class UtilTest
            void max_of_two()
        src/test/java/demo/PointTest.java
          class PointTest
            void norm_of_origin_is_zero()
        src/test/java/other/ShapeTest.java
          class ShapeTest
        """);
  }

  @Test
  void puts_files_whose_names_match_the_focus_first() {
    String map = index.renderMap(10_000, Optional.of("the shape AREA"));
    assertThat(map).startsWith("src/main/java/demo/shapes/Shape.java\n");
    assertThat(map.indexOf("ShapeTest.java"))
        .as("the matching test comes before other main code")
        .isLessThan(map.indexOf("Util.java"));
  }

  @Test
  void never_exceeds_the_token_budget_and_says_how_many_types_it_left_out() {
    int full = Tokens.count(index.renderMap(10_000, Optional.empty()));
    for (int budget = 0; budget <= full + 2; budget++) {
      String map = index.renderMap(budget, Optional.of("norm"));
      assertThat(Tokens.count(map))
          .as("tokens of the map for a budget of %d", budget)
          .isLessThanOrEqualTo(budget);
      if (budget < full && !map.isEmpty()) {
        assertThat(map).as("budget %d", budget).endsWith(" more types not shown\n");
      }
    }
    assertThat(index.renderMap(full, Optional.empty())).doesNotContain("not shown");
  }

  @Test
  void shows_a_file_without_its_methods_when_it_does_not_fit_whole() {
    String map = index.renderMap(55, Optional.of("max"));
    assertThat(map)
        .isEqualTo(
            """
        src/main/java/demo/Util.java
          class Util … 3 methods — Small helpers for lists.
            class Inner<K, V> extends Object … 1 method — A helper nested in Util.
        … 8 more types not shown
        """);
  }

  @Test
  void renders_nothing_when_not_even_the_last_line_fits() {
    assertThat(index.renderMap(3, Optional.empty())).isEmpty();
  }

  @Test
  void rejects_a_negative_budget() {
    assertThatThrownBy(() -> index.renderMap(-1, Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void counts_tokens_with_the_real_tokenizer() {
    assertThat(Tokens.count("")).isZero();
    assertThat(Tokens.count("hello world"))
        .isEqualTo(TokenCounter.count("hello world"))
        .isEqualTo(2);
  }

  @Test
  void checks_the_joined_text_and_drops_blocks_when_counts_of_parts_do_not_add_up() {
    // a counter under which every join of two blocks costs 5 tokens more than the blocks alone
    ToIntFunction<CharSequence> joinsCost = text -> Tokens.count(text) + 5 * joins(text.toString());
    List<TypeInfo> types = index.types();
    Map<String, SourceFile> files = new LinkedHashMap<>();
    index.files().forEach(f -> files.put(f.path(), f));
    int full =
        joinsCost.applyAsInt(RepoMap.render(types, files, 10_000, Optional.empty(), joinsCost));
    boolean dropped = false;
    for (int budget = 0; budget <= full; budget++) {
      String map = RepoMap.render(types, files, budget, Optional.of("norm"), joinsCost);
      assertThat(joinsCost.applyAsInt(map))
          .as("counted tokens of the map for a budget of %d", budget)
          .isLessThanOrEqualTo(budget);
      String summed = RepoMap.render(types, files, budget, Optional.of("norm"), Tokens::count);
      dropped |= joins(map) < joins(summed);
    }
    assertThat(dropped)
        .as("some budget needed a block dropped after the whole map was counted")
        .isTrue();
  }

  private static int joins(String map) {
    int n = 0;
    for (int i = map.indexOf("\nsrc/"); i >= 0; i = map.indexOf("\nsrc/", i + 1)) n++;
    return n;
  }

  @Test
  void never_exceeds_the_budget_on_a_real_code_base() {
    CodeIndex agent = CodeIndex.build(Path.of("").toAbsolutePath());
    assertThat(agent.types()).as("the agent module's own types").hasSizeGreaterThan(100);
    int full = Tokens.count(agent.renderMap(Integer.MAX_VALUE, Optional.empty()));
    var budgets =
        new java.util.TreeSet<>(
            List.of(0, 1, 8, 9, 10, 100, 1000, 4096, full / 2, full - 1, full, full + 1));
    for (int b = 17; b < full; b = b * 3 + 13) budgets.add(b);
    for (int budget : budgets) {
      for (Optional<String> focus :
          List.of(Optional.<String>empty(), Optional.of("budget tokens price"))) {
        String map = agent.renderMap(budget, focus);
        int tokens = Tokens.count(map);
        assertThat(tokens)
            .as("tokens of the map for a budget of %d and focus %s", budget, focus)
            .isLessThanOrEqualTo(budget);
        if (budget < full && !map.isEmpty()) {
          assertThat(map).as("budget %d", budget).endsWith(" more types not shown\n");
        }
        if (budget >= 1000) {
          assertThat(tokens)
              .as("a budget of %d is mostly used", budget)
              .isGreaterThan(budget * 9 / 10);
        }
      }
    }
    assertThat(agent.renderMap(full, Optional.empty())).doesNotContain("not shown");
  }
}
