package dev.kaizen.agent.patch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelAnswersTest {

  private static final FileTexts FILES =
      FileTexts.of(Map.of("src/A.java", "class A {\n  int a = 1;\n}\n"));

  @Test
  void reports_problems_reading_the_answer_together_with_blocks_that_do_not_apply() {
    String answer =
        """
        src/A.java
        <<<<<<< SEARCH
          int b = 1;
        =======
          int b = 2;
        >>>>>>> REPLACE

        <<<<<<< SEARCH
          int a = 1;
        """;

    PatchResult result = ModelAnswers.toPatch(answer, FILES, ApplyOptions.defaults());

    assertThat(result).isInstanceOf(PatchResult.Failed.class);
    var failed = (PatchResult.Failed) result;
    assertThat(failed.problems()).extracting(AnswerProblem::line).containsExactly(8);
    assertThat(failed.failures()).extracting(BlockFailure::block).containsExactly(1);
    assertThat(RepairMessage.render(failed))
        .startsWith(
            "Your edits were not applied, so nothing changed: 1 of 1 SEARCH/REPLACE block failed, and 1 part of your answer could not be read.");
  }

  @Test
  void edits_that_change_nothing_are_a_failure_the_model_hears_about() {
    String answer =
        "src/A.java\n<<<<<<< SEARCH\n  int a = 1;\n=======\n  int a = 1;\n>>>>>>> REPLACE\n";

    PatchResult result = ModelAnswers.toPatch(answer, FILES, ApplyOptions.defaults());

    assertThat(result).isInstanceOf(PatchResult.Failed.class);
    assertThat(((PatchResult.Failed) result).problems())
        .extracting(AnswerProblem::reason)
        .containsExactly("the edits change nothing: the new text equals the old");
  }

  @Test
  void an_applied_answer_names_its_format_and_patch() {
    String answer =
        "```diff\n--- a/src/A.java\n+++ b/src/A.java\n@@ -2 +2 @@\n-  int a = 1;\n+  int a = 2;\n```\n";

    PatchResult result = ModelAnswers.toPatch(answer, FILES, ApplyOptions.defaults());

    assertThat(result)
        .isEqualTo(
            new PatchResult.Applied(
                EditFormat.UNIFIED_DIFF,
                Patch.of(
                    new FileEdit(
                        "src/A.java",
                        "class A {\n  int a = 1;\n}\n",
                        "class A {\n  int a = 2;\n}\n")),
                java.util.Set.of()));
  }
}
