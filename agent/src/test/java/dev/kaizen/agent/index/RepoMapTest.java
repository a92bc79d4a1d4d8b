package dev.kaizen.agent.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepoMapTest {

  @TempDir static Path root;
  static CodeIndex index;

  @BeforeAll
  static void buildIndex() {
    index = CodeIndex.build(Fixture.demo(root));
  }

  @Test
  void renders_every_type_and_signature_grouped_by_file_main_code_and_larger_files_first() {
    assertThat(index.renderMap(10_000, Optional.empty())).isEqualTo("""
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
    assertThat(map.indexOf("ShapeTest.java")).as("the matching test comes before other main code")
        .isLessThan(map.indexOf("Util.java"));
  }

  @Test
  void never_exceeds_the_token_budget_and_says_how_many_types_it_left_out() {
    int full = Tokens.approximate(index.renderMap(10_000, Optional.empty()));
    for (int budget = 0; budget <= full + 2; budget++) {
      String map = index.renderMap(budget, Optional.of("norm"));
      assertThat(Tokens.approximate(map)).as("tokens of the map for a budget of %d", budget).isLessThanOrEqualTo(budget);
      if (budget < full && !map.isEmpty()) {
        assertThat(map).as("budget %d", budget).endsWith(" more types not shown\n");
      }
    }
    assertThat(index.renderMap(full, Optional.empty())).doesNotContain("not shown");
  }

  @Test
  void shows_a_file_without_its_methods_when_it_does_not_fit_whole() {
    String map = index.renderMap(55, Optional.of("max"));
    assertThat(map).isEqualTo("""
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
    assertThatThrownBy(() -> index.renderMap(-1, Optional.empty())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void counts_one_token_per_started_four_characters() {
    assertThat(Tokens.approximate("")).isZero();
    assertThat(Tokens.approximate("abcd")).isEqualTo(1);
    assertThat(Tokens.approximate("abcde")).isEqualTo(2);
  }
}
