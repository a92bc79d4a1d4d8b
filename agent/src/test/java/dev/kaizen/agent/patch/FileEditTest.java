package dev.kaizen.agent.patch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FileEditTest {

  @Test
  void names_what_is_wrong_with_a_path() {
    assertThat(FileEdit.pathProblem("src/A.java")).isEmpty();
    for (String bad : new String[] {"/etc/passwd", "a/../b", "./a", "a\\b", "a//b", "a/", " "}) {
      assertThat(FileEdit.pathProblem(bad))
          .as(bad)
          .contains("not a repository-relative path: " + bad);
      assertThatThrownBy(() -> new FileEdit(bad, "", ""))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }
}
