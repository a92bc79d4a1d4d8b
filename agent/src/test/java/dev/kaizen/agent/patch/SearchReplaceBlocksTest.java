package dev.kaizen.agent.patch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchReplaceBlocksTest {

  private static final String A = "src/A.java";

  @Test
  void reads_blocks_with_their_paths_and_lines() {
    String answer =
        """
        Intro.

        src/A.java
        ```java
        <<<<<<< SEARCH
        old
        =======
        new
        >>>>>>> REPLACE
        ```
        ```java
        <<<<<<< SEARCH
        =======
        more
        >>>>>>> REPLACE
        ```
        """;

    Parsed<SearchReplaceBlock> parsed = SearchReplaceBlocks.tryParse(answer);

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.edits())
        .containsExactly(
            new SearchReplaceBlock(A, List.of("old"), List.of("new"), 5),
            new SearchReplaceBlock(A, List.of(), List.of("more"), 12));
  }

  @Test
  void reports_a_stray_replace_marker_with_its_line() {
    Parsed<SearchReplaceBlock> parsed = SearchReplaceBlocks.tryParse("a\n>>>>>>> REPLACE\n");

    assertThat(parsed.edits()).isEmpty();
    assertThat(parsed.problems())
        .extracting(AnswerProblem::toString)
        .containsExactly("line 2: `>>>>>>> REPLACE` without a `<<<<<<< SEARCH` before it");
  }

  @Test
  void reports_a_search_marker_inside_a_block_and_reads_the_next_block() {
    String answer =
        "src/A.java\n<<<<<<< SEARCH\nx\n<<<<<<< SEARCH\nold\n=======\nnew\n>>>>>>> REPLACE\n";

    Parsed<SearchReplaceBlock> parsed = SearchReplaceBlocks.tryParse(answer);

    assertThat(parsed.problems())
        .extracting(AnswerProblem::toString)
        .containsExactly(
            "line 4: `<<<<<<< SEARCH` again before the `=======` of the block at line 2");
    assertThat(parsed.edits())
        .extracting(SearchReplaceBlock::search)
        .containsExactly(List.of("old"));
  }

  @Test
  void rejects_paths_outside_the_repository() {
    Parsed<SearchReplaceBlock> parsed =
        SearchReplaceBlocks.tryParse(
            "src/../../etc/passwd\n<<<<<<< SEARCH\na\n=======\nb\n>>>>>>> REPLACE\n");

    assertThat(parsed.edits()).isEmpty();
    assertThat(parsed.problems())
        .extracting(AnswerProblem::reason)
        .containsExactly("not a repository-relative path: src/../../etc/passwd");
  }

  @Test
  void applies_blocks_for_one_file_in_order_each_to_the_result_of_the_one_before() {
    var blocks =
        List.of(
            new SearchReplaceBlock(A, List.of("a"), List.of("b"), 1),
            new SearchReplaceBlock(A, List.of("b", "c"), List.of("d"), 7));

    PatchResult result =
        SearchReplaceBlocks.tryApply(
            blocks, FileTexts.of(Map.of(A, "a\nc\n")), ApplyOptions.defaults());

    assertThat(result)
        .isEqualTo(
            new PatchResult.Applied(
                EditFormat.SEARCH_REPLACE,
                Patch.of(new FileEdit(A, "a\nc\n", "d\n")),
                java.util.Set.of()));
  }

  @Test
  void an_ambiguous_block_fails_naming_every_place_and_the_others_are_still_tried() {
    var blocks =
        List.of(
            new SearchReplaceBlock(A, List.of("x"), List.of("y"), 1),
            new SearchReplaceBlock(A, List.of("nothing like it"), List.of("z"), 7));

    PatchResult result =
        SearchReplaceBlocks.tryApply(
            blocks, FileTexts.of(Map.of(A, "x\n1\nx\n2\nx\n")), ApplyOptions.defaults());

    assertThat(result).isInstanceOf(PatchResult.Failed.class);
    assertThat(((PatchResult.Failed) result).failures())
        .containsExactly(
            new BlockFailure(
                A,
                1,
                "SEARCH matches 3 places: lines 1, 3, 5; add surrounding lines to make it unique"),
            new BlockFailure(A, 2, "SEARCH does not match src/A.java"));
  }

  @Test
  void an_empty_search_on_a_file_with_content_fails_instead_of_overwriting_it() {
    var block = new SearchReplaceBlock(A, List.of(), List.of("class A {}"), 1);

    PatchResult result =
        SearchReplaceBlocks.tryApply(
            List.of(block),
            FileTexts.of(Map.of(A, "class B {}\n")),
            ApplyOptions.defaults().allowingNewFiles());

    assertThat(((PatchResult.Failed) result).failures())
        .extracting(BlockFailure::reason)
        .containsExactly(
            "SEARCH is empty but src/A.java already exists; quote the lines to replace in SEARCH");
  }

  @Test
  void keeps_a_missing_final_newline() {
    var block = new SearchReplaceBlock(A, List.of("b"), List.of("c", "d"), 1);

    PatchResult result =
        SearchReplaceBlocks.tryApply(
            List.of(block), FileTexts.of(Map.of(A, "a\nb")), ApplyOptions.defaults());

    assertThat(((PatchResult.Applied) result).patch().edits().get(0).after()).isEqualTo("a\nc\nd");
  }
}
