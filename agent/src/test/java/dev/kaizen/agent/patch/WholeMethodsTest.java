package dev.kaizen.agent.patch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WholeMethodsTest {

  private static final String A = "src/demo/A.java";
  private static final String SOURCE =
      """
      package demo;

      class A {
        /** Old doc. */
        A(int x) {
          this.x = x;
        }

        private final int x;

        // keeps this
        int twice() { return x + x; }
      }
      """;

  @Test
  void replaces_a_constructor_and_its_comment_when_the_new_one_brings_one() {
    String after = apply("/** New doc. */\nA(int x) {\n  this.x = Math.abs(x);\n}");

    assertThat(after)
        .isEqualTo(
            SOURCE.replace(
                "  /** Old doc. */\n  A(int x) {\n    this.x = x;\n  }",
                "  /** New doc. */\n  A(int x) {\n    this.x = Math.abs(x);\n  }"));
  }

  @Test
  void keeps_the_old_comment_when_the_new_method_has_none() {
    String after = apply("int twice() {\n  return 2 * x;\n}");

    assertThat(after)
        .isEqualTo(
            SOURCE.replace(
                "  int twice() { return x + x; }", "  int twice() {\n    return 2 * x;\n  }"));
  }

  @Test
  void says_where_a_method_does_not_parse() {
    PatchResult result =
        WholeMethods.tryApply(
            List.of(new MethodBlock(A, "int twice() {\n  return 2 * x\n}", 1)),
            FileTexts.of(Map.of(A, SOURCE)),
            ApplyOptions.defaults());

    assertThat(((PatchResult.Failed) result).failures())
        .extracting(BlockFailure::reason)
        .containsExactly("does not parse: line 2, column 14: Parse error. Found \"}\"");
  }

  @Test
  void takes_the_path_from_the_line_above_the_fence_or_else_the_target_file() {
    String answer =
        "Change:\n\n**src/demo/B.java**\n```java\nvoid b() {}\n```\n\nand\n```java\nvoid a() {}\n```\n";

    Parsed<MethodBlock> parsed =
        WholeMethods.tryParse(answer, ApplyOptions.defaults().withTargetFile(A));

    assertThat(parsed.edits()).extracting(MethodBlock::path).containsExactly("src/demo/B.java", A);
  }

  @Test
  void a_code_block_without_any_path_is_a_problem() {
    Parsed<MethodBlock> parsed =
        WholeMethods.tryParse("Here:\n```java\nvoid a() {}\n```\n", ApplyOptions.defaults());

    assertThat(parsed.problems())
        .extracting(AnswerProblem::toString)
        .containsExactly(
            "line 2: code block without a file path; put the file's path on the line above its opening fence");
  }

  private static String apply(String code) {
    PatchResult result =
        WholeMethods.tryApply(
            List.of(new MethodBlock(A, code, 1)),
            FileTexts.of(Map.of(A, SOURCE)),
            ApplyOptions.defaults());
    assertThat(result).as("%s", result).isInstanceOf(PatchResult.Applied.class);
    return ((PatchResult.Applied) result).patch().edits().get(0).after();
  }
}
