package dev.kaizen.agent.index;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.testing.DemoTree;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CodeIndexTest {

  @TempDir static Path root;
  static CodeIndex index;

  @BeforeAll
  static void buildIndex() {
    index = CodeIndex.build(DemoTree.write(root));
  }

  @Test
  void
      lists_java_files_by_relative_path_and_skips_build_output_resources_workspace_and_hidden_folders() {
    assertThat(index.files())
        .extracting(SourceFile::path)
        .containsExactly(
            "src/main/java/demo/Broken.java",
            "src/main/java/demo/Color.java",
            "src/main/java/demo/Marker.java",
            "src/main/java/demo/Point.java",
            "src/main/java/demo/Util.java",
            "src/main/java/demo/shapes/Shape.java",
            "src/main/java/demo/target/Aim.java",
            "src/test/java/demo/PointTest.java",
            "src/test/java/other/ShapeTest.java",
            "src/test/java/other/UtilTest.java");
    assertThat(index.root()).isEqualTo(root.toAbsolutePath().normalize());
  }

  @Test
  void marks_files_under_src_test_as_test_code() {
    assertThat(index.file("src/test/java/demo/PointTest.java"))
        .get()
        .extracting(SourceFile::test)
        .isEqualTo(true);
    assertThat(index.file("src/main/java/demo/Point.java"))
        .get()
        .extracting(SourceFile::test)
        .isEqualTo(false);
    assertThat(index.type("demo.PointTest")).get().extracting(TypeInfo::test).isEqualTo(true);
  }

  @Test
  void lists_a_file_that_does_not_parse_with_its_problem_and_indexes_the_rest() {
    SourceFile broken = index.file("src/main/java/demo/Broken.java").orElseThrow();
    assertThat(broken.parsed()).isFalse();
    assertThat(broken.problems())
        .isNotEmpty()
        .allSatisfy(
            p -> {
              assertThat(p.path()).isEqualTo("src/main/java/demo/Broken.java");
              assertThat(p.line()).as("the problem's line").isBetween(4, 5);
              assertThat(p.message()).isNotBlank();
            });
    assertThat(index.problems()).isEqualTo(broken.problems());
    assertThat(index.type("demo.Broken")).isEmpty();
    assertThat(index.files())
        .filteredOn(f -> !f.path().endsWith("Broken.java"))
        .allMatch(SourceFile::parsed);
  }

  @Test
  void indexes_a_record_with_its_components_compact_constructor_and_javadoc_summary() {
    TypeInfo point = index.type("demo.Point").orElseThrow();
    assertThat(point.kind()).isEqualTo(TypeKind.RECORD);
    assertThat(point.path()).isEqualTo("src/main/java/demo/Point.java");
    assertThat(point.lines()).isEqualTo(new LineRange(4, 15));
    assertThat(point.declaration()).isEqualTo("record Point(int x, int y)");
    assertThat(point.summary()).contains("A point in the plane.");
    assertThat(point.methods())
        .extracting(MethodInfo::name, MethodInfo::signature, MethodInfo::constructor)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Point", "Point", true),
            org.assertj.core.groups.Tuple.tuple("norm", "double norm()", false));
    MethodInfo norm = point.methods().get(1);
    assertThat(norm.summary()).contains("The distance to the origin, sqrt(x*x + y*y).");
    assertThat(norm.lines()).isEqualTo(new LineRange(12, 14));
    assertThat(norm.size()).isEqualTo(3);
    assertThat(norm.declaringType()).isEqualTo("demo.Point");
  }

  @Test
  void indexes_an_enum_an_interface_and_an_annotation_by_kind() {
    assertThat(index.type("demo.Color"))
        .get()
        .satisfies(
            c -> {
              assertThat(c.kind()).isEqualTo(TypeKind.ENUM);
              assertThat(c.declaration()).isEqualTo("enum Color implements java.io.Serializable");
              assertThat(c.summary()).contains("The colors we know!");
              assertThat(c.methods())
                  .extracting(MethodInfo::signature)
                  .containsExactly("Color next()");
            });
    assertThat(index.type("demo.shapes.Shape"))
        .get()
        .extracting(TypeInfo::kind)
        .isEqualTo(TypeKind.INTERFACE);
    assertThat(index.type("demo.Marker"))
        .get()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(TypeKind.ANNOTATION);
              assertThat(m.methods())
                  .extracting(MethodInfo::signature)
                  .containsExactly("String value()");
            });
  }

  @Test
  void keeps_type_parameters_varargs_and_throws_in_method_signatures() {
    TypeInfo util = index.type("demo.Util").orElseThrow();
    assertThat(util.methods())
        .extracting(MethodInfo::signature)
        .containsExactly(
            "Util()",
            "<T extends Comparable<T>> T max(List<T> xs) throws IllegalStateException",
            "int sum(int... values)");
    assertThat(util.summary()).contains("Small helpers for lists.");
  }

  @Test
  void names_nested_types_by_their_outer_type() {
    TypeInfo inner = index.type("demo.Util.Inner").orElseThrow();
    assertThat(inner.name()).isEqualTo("Util.Inner");
    assertThat(inner.simpleName()).isEqualTo("Inner");
    assertThat(inner.packageName()).isEqualTo("demo");
    assertThat(inner.nested()).isTrue();
    assertThat(inner.declaration()).isEqualTo("class Inner<K, V> extends Object");
    assertThat(index.typesIn("src/main/java/demo/Util.java"))
        .extracting(TypeInfo::qualifiedName)
        .containsExactly("demo.Util", "demo.Util.Inner");
  }

  @Test
  void maps_a_test_class_to_the_main_classes_it_names() {
    assertThat(index.testsTouching("demo.Point"))
        .as("same-package simple name")
        .containsExactly("demo.PointTest");
    assertThat(index.testsTouching("demo.shapes.Shape"))
        .as("single-type import")
        .containsExactly("other.ShapeTest");
    assertThat(index.testsTouching("demo.Util"))
        .as("on-demand import")
        .containsExactly("other.UtilTest");
    assertThat(index.testsTouching("demo.Util.Inner"))
        .as("nested type through its outer")
        .containsExactly("other.UtilTest");
    assertThat(index.testsTouching("demo.Color"))
        .as("qualified name")
        .containsExactly("other.UtilTest");
  }

  @Test
  void maps_no_test_to_a_class_no_test_names_or_to_an_unknown_name() {
    assertThat(index.testsTouching("demo.Marker")).isEmpty();
    assertThat(index.testsTouching("no.such.Type")).isEmpty();
    assertThat(index.testsTouching("java.util.List")).isEmpty();
  }

  @Test
  void finds_the_method_enclosing_a_line_including_code_in_a_lambda() {
    String util = "src/main/java/demo/Util.java";
    assertThat(index.methodAt(util, 13)).get().extracting(MethodInfo::name).isEqualTo("max");
    assertThat(index.methodAt(util, 17))
        .as("inside a lambda in max")
        .get()
        .extracting(MethodInfo::name)
        .isEqualTo("max");
    assertThat(index.methodAt(util, 32))
        .get()
        .extracting(MethodInfo::declaringType)
        .isEqualTo("demo.Util.Inner");
    assertThat(index.methodAt(util, 9)).as("a blank line between members").isEmpty();
    assertThat(index.methodAt("no/such/File.java", 1)).isEmpty();
  }

  @Test
  void answers_empty_for_an_unknown_type() {
    assertThat(index.type("demo.Nope")).isEqualTo(Optional.empty());
  }
}
