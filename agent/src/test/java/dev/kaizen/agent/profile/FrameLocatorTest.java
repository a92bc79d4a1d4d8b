package dev.kaizen.agent.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.index.CodeIndex;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How a JVM stack frame is matched to an indexed method, without a recording. */
class FrameLocatorTest {

  static final String OUTER = "src/main/java/demo/Outer.java";

  @TempDir static Path root;
  static FrameLocator locator;

  @BeforeAll
  static void index() throws Exception {
    write(
        OUTER,
        """
        package demo;                                                     // 1

        import java.util.List;
        import java.util.stream.IntStream;

        public class Outer {

          long sum(int n) {                                               // 8
            return IntStream.range(0, n).mapToLong(i -> i * 2L).sum();
          }

          Runnable task() {                                               // 12
            return new Runnable() {
              @Override
              public void run() {
                System.out.println("run");                               // 16
              }
            };
          }

          void add(int x) {}                                              // 21

          void add(List<String> xs) {}                                    // 23

          void add(String... xs) {}                                       // 25

          class Inner {
            Inner(int size) {}                                            // 28

            long work(int n) {                                            // 30
              return n;
            }
          }
        }
        """);
    write(
        "src/test/java/demo/OuterTest.java",
        """
        package demo;

        class OuterTest {
          void sum() {}
        }
        """);
    locator = new FrameLocator(CodeIndex.build(root));
  }

  @Test
  void maps_a_frame_by_its_line_to_the_innermost_method() {
    assertThat(method("demo.Outer", "sum", "(I)J", 9)).isEqualTo("demo.Outer#sum");
    assertThat(locator.locate("demo.Outer", "sum", "(I)J", 9))
        .get()
        .extracting(FrameLocator.Site::path)
        .isEqualTo(OUTER);
  }

  @Test
  void maps_a_nested_type_by_its_binary_name() {
    assertThat(method("demo.Outer$Inner", "work", "(I)J", 31)).isEqualTo("demo.Outer.Inner#work");
    assertThat(method("demo.Outer$Inner", "work", "(I)J", -1)).isEqualTo("demo.Outer.Inner#work");
  }

  @Test
  void maps_a_lambda_and_an_anonymous_class_to_the_method_that_contains_them() {
    assertThat(method("demo.Outer", "lambda$sum$0", "(I)J", 9)).isEqualTo("demo.Outer#sum");
    assertThat(method("demo.Outer$1", "run", "()V", 16)).isEqualTo("demo.Outer#task");
  }

  @Test
  void maps_a_lambda_without_a_line_by_the_name_of_its_method() {
    assertThat(method("demo.Outer", "lambda$sum$0", "(I)J", -1)).isEqualTo("demo.Outer#sum");
    assertThat(method("demo.Outer", "lambda$sum$0", "(I)J", 0)).isEqualTo("demo.Outer#sum");
  }

  @Test
  void does_not_map_a_lambdas_hidden_class_or_an_anonymous_class_without_a_line() {
    assertThat(
            locator.locate("demo.Outer$$Lambda$14/0x0000000800c0b230", "applyAsLong", "(I)J", -1))
        .isEmpty();
    assertThat(locator.locate("demo.Outer$1", "run", "()V", -1)).isEmpty();
  }

  @Test
  void chooses_the_overload_whose_parameter_types_match_the_descriptor() {
    assertThat(signature("demo.Outer", "add", "(I)V")).isEqualTo("void add(int x)");
    assertThat(signature("demo.Outer", "add", "(Ljava/util/List;)V"))
        .isEqualTo("void add(List<String> xs)");
    assertThat(signature("demo.Outer", "add", "([Ljava/lang/String;)V"))
        .isEqualTo("void add(String... xs)");
    assertThat(signature("demo.Outer", "add", ""))
        .as("no descriptor: the first")
        .isEqualTo("void add(int x)");
  }

  @Test
  void maps_a_constructor_whose_descriptor_has_the_outer_instance_first() {
    assertThat(signature("demo.Outer$Inner", "<init>", "(Ldemo/Outer;I)V"))
        .isEqualTo("Inner(int size)");
  }

  @Test
  void does_not_map_test_code_library_code_or_lines_outside_any_method() {
    assertThat(locator.locate("demo.OuterTest", "sum", "()V", 4)).isEmpty();
    assertThat(locator.locate("java.lang.String", "hashCode", "()I", 1500)).isEmpty();
    assertThat(locator.locate("demo.Outer", "<clinit>", "()V", 3)).isEmpty();
  }

  @Test
  void reads_parameter_types_from_descriptors_and_signatures_as_simple_names() {
    assertThat(Descriptors.parameters("(Ljava/util/Map$Entry;[[IJZ)V"))
        .containsExactly("Entry", "int[][]", "long", "boolean");
    assertThat(Descriptors.parameters("garbage")).isEmpty();
    assertThat(
            Descriptors.sourceParameters(
                "<T extends Comparable<T>> T max(Map.Entry<String, List<T>> e, final @Nonnull int[] xs, T... more) throws X"))
        .containsExactly("Entry", "int[]", "T[]");
    assertThat(Descriptors.sourceParameters("Point")).isEmpty();
  }

  private static String method(String type, String name, String descriptor, int line) {
    return locator
        .locate(type, name, descriptor, line)
        .map(site -> site.method().declaringType() + "#" + site.method().name())
        .orElse("none");
  }

  private static String signature(String type, String name, String descriptor) {
    return locator
        .locate(type, name, descriptor, -1)
        .map(site -> site.method().signature())
        .orElse("none");
  }

  private static void write(String path, String text) throws Exception {
    Path file = root.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }
}
