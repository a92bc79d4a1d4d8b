package dev.kaizen.agent.patch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  private static final String A = "src/A.java";

  @Test
  void reads_hunks_with_and_without_line_numbers() {
    String answer =
        """
        --- a/src/A.java
        +++ b/src/A.java
        @@ -2,2 +2,2 @@ class A {
         one
        -two
        +2
        @@
        -x
        +y
        """;

    Parsed<UnifiedDiff.FileDiff> parsed = UnifiedDiff.tryParse(answer);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.edits()).hasSize(1);
    assertThat(parsed.edits().get(0).hunks())
        .containsExactly(
            new UnifiedDiff.Hunk(
                "@@ -2,2 +2,2 @@",
                OptionalInt.of(2),
                List.of("one", "two"),
                List.of("one", "2"),
                false,
                false),
            new UnifiedDiff.Hunk(
                "@@", OptionalInt.empty(), List.of("x"), List.of("y"), false, false));
  }

  @Test
  void stops_a_hunk_where_its_counts_are_met_so_a_following_list_is_not_read_as_lines() {
    String answer =
        "--- a/src/A.java\n+++ b/src/A.java\n@@ -1,1 +1,1 @@\n-a\n+b\n\n- a bullet point\n";

    UnifiedDiff.Hunk hunk = UnifiedDiff.tryParse(answer).edits().get(0).hunks().get(0);

    assertThat(hunk.oldLines()).containsExactly("a");
    assertThat(hunk.newLines()).containsExactly("b");
  }

  @Test
  void reports_deletions_renames_and_hunks_without_a_header() {
    String answer =
        """
        @@ -1 +1 @@
        -a
        +b
        --- a/src/A.java
        +++ /dev/null
        @@ -1 +0,0 @@
        -a
        --- a/src/B.java
        +++ b/src/C.java
        @@ -1 +1 @@
        -a
        +b
        """;

    Parsed<UnifiedDiff.FileDiff> parsed = UnifiedDiff.tryParse(answer);

    assertThat(parsed.edits()).isEmpty();
    assertThat(parsed.problems())
        .extracting(AnswerProblem::toString)
        .containsExactly(
            "line 1: hunk without a `--- a/path` and `+++ b/path` header before it",
            "line 5: deleting files is not supported (`+++ /dev/null`)",
            "line 8: renaming src/B.java to src/C.java is not supported");
  }

  @Test
  void of_several_matches_takes_the_one_nearest_the_hunks_line_number() {
    String file = "x\na\nx\nb\nx\n";
    String answer = "--- a/src/A.java\n+++ b/src/A.java\n@@ -3,1 +3,1 @@\n-x\n+y\n";

    PatchResult result = apply(answer, file);

    assertThat(((PatchResult.Applied) result).patch().edits().get(0).after())
        .isEqualTo("x\na\ny\nb\nx\n");
  }

  @Test
  void without_line_numbers_several_matches_are_a_failure() {
    PatchResult result = apply("--- a/src/A.java\n+++ b/src/A.java\n@@\n-x\n+y\n", "x\na\nx\n");

    assertThat(((PatchResult.Failed) result).failures())
        .extracting(BlockFailure::reason)
        .containsExactly(
            "the hunk @@ matches 2 places: lines 1, 3; add context lines to make it unique");
  }

  @Test
  void a_hunk_without_context_inserts_at_its_line_number() {
    PatchResult result =
        apply("--- a/src/A.java\n+++ b/src/A.java\n@@ -1,0 +2,1 @@\n+inserted\n", "a\nb\n");

    assertThat(((PatchResult.Applied) result).patch().edits().get(0).after())
        .isEqualTo("a\ninserted\nb\n");
  }

  private static PatchResult apply(String answer, String file) {
    Parsed<UnifiedDiff.FileDiff> parsed = UnifiedDiff.tryParse(answer);
    assertThat(parsed.problems()).isEmpty();
    return UnifiedDiff.tryApply(
        parsed.edits(), FileTexts.of(Map.of(A, file)), ApplyOptions.defaults());
  }
}
