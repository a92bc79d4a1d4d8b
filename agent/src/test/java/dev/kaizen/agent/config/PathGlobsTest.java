package dev.kaizen.agent.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathGlobsTest {

  private final PathGlobs defaults = new PathGlobs(KaizenConfig.DEFAULT_PROTECTED);

  @Test
  void default_globs_protect_ci_settings_and_tests_everywhere() {
    assertThat(defaults.firstMatch(".github/workflows/ci.yml")).isEqualTo(".github/**");
    assertThat(defaults.firstMatch("kaizen.yml")).isEqualTo("kaizen.yml");
    assertThat(defaults.firstMatch("src/test/java/demo/ATest.java")).isEqualTo("**/src/test/**");
    assertThat(defaults.firstMatch("agent/src/test/resources/x.txt")).isEqualTo("**/src/test/**");
  }

  @Test
  void default_globs_leave_main_code_alone() {
    assertThat(defaults.test("src/main/java/demo/A.java")).isFalse();
    assertThat(defaults.test("agent/kaizen.yml.bak")).isFalse();
    assertThat(defaults.test("docs/kaizen.yml")).isFalse();
    assertThat(defaults.test("src/testing/A.java")).isFalse();
  }

  @Test
  void single_star_stays_within_a_folder_and_a_folder_glob_covers_its_contents() {
    var globs = new PathGlobs(List.of("src/*.java", "docs"));
    assertThat(globs.test("src/A.java")).isTrue();
    assertThat(globs.test("src/x/A.java")).isFalse();
    assertThat(globs.test("docs/a/b.md")).isTrue();
    assertThat(globs.test("docsx/a.md")).isFalse();
  }
}
