package dev.kaizen.agent.patch;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class EditFormatTest {

  @Test
  void search_replace_markers_win_over_diffs_and_code_blocks() {
    String answer = "```java\nvoid a() {}\n```\n--- a/x\n+++ b/x\n@@ -1 +1 @@\nx\n<<<<<<< SEARCH\n";

    assertThat(EditFormat.detect(answer)).contains(EditFormat.SEARCH_REPLACE);
  }

  @Test
  void a_diff_needs_file_headers_and_a_hunk() {
    assertThat(EditFormat.detect("```diff\n--- a/x\n+++ b/x\n@@ -1 +1 @@\n-a\n+b\n```\n"))
        .contains(EditFormat.UNIFIED_DIFF);
    assertThat(EditFormat.detect("--- just a rule\n+++ and emphasis\n")).isEmpty();
  }

  @Test
  void a_java_or_unlabelled_code_block_is_a_whole_method_answer_but_other_languages_are_not() {
    assertThat(EditFormat.detect("```java\nvoid a() {}\n```")).contains(EditFormat.WHOLE_METHOD);
    assertThat(EditFormat.detect("```\nvoid a() {}\n```")).contains(EditFormat.WHOLE_METHOD);
    assertThat(EditFormat.detect("```bash\nmvn test\n```")).isEqualTo(Optional.empty());
  }
}
