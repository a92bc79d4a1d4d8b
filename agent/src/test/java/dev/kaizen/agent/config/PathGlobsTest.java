package dev.kaizen.agent.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PathGlobsTest {

  private final PathGlobs defaults = new PathGlobs(ProtectedCore.globs());

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
    assertThat(defaults.test("docs/kaizen.md")).isFalse();
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

  @Test
  void a_glob_without_a_slash_matches_at_any_depth_as_in_gitignore() {
    var globs = new PathGlobs(List.of("pom.xml", "*.properties", "out/"));

    assertThat(globs.test("pom.xml")).isTrue();
    assertThat(globs.test("sub/module/pom.xml")).isTrue();
    assertThat(globs.test("core/src/main/resources/app.properties")).isTrue();
    assertThat(globs.test("a/out/x.txt")).as("a trailing slash names a folder").isTrue();
    assertThat(globs.test("pom.xml.bak")).isFalse();
    assertThat(globs.test("sub/mypom.xml")).isFalse();
  }

  @Test
  void a_glob_with_a_slash_is_anchored_at_the_root_and_a_leading_slash_anchors_a_name() {
    var globs = new PathGlobs(List.of("/kaizen.yml", "docs/*.md"));

    assertThat(globs.test("kaizen.yml")).isTrue();
    assertThat(globs.test("sub/kaizen.yml")).isFalse();
    assertThat(globs.test("docs/a.md")).isTrue();
    assertThat(globs.test("x/docs/a.md")).isFalse();
  }

  @Test
  void the_core_protects_build_files_at_any_depth() {
    assertThat(defaults.firstMatch("pom.xml")).isEqualTo("pom.xml");
    assertThat(defaults.firstMatch("sub/module/pom.xml")).isEqualTo("pom.xml");
    assertThat(defaults.firstMatch(".mvn/maven.config")).isEqualTo(".mvn");
    assertThat(defaults.firstMatch(".mvn/extensions.xml")).isEqualTo(".mvn/extensions.xml");
    assertThat(defaults.firstMatch("mvnw.cmd")).isEqualTo("mvnw.cmd");
    assertThat(defaults.firstMatch("app/build.gradle.kts")).isEqualTo("*.gradle.kts");
    assertThat(defaults.firstMatch("settings.gradle")).isEqualTo("*.gradle");
    assertThat(defaults.firstMatch("lib/gradle.properties")).isEqualTo("gradle.properties");
    assertThat(defaults.firstMatch("gradle/wrapper/gradle-wrapper.properties"))
        .isEqualTo("gradle/**");
    assertThat(defaults.firstMatch("buildSrc/src/main/kotlin/Conventions.kt"))
        .isEqualTo("buildSrc");
    assertThat(defaults.firstMatch(".ci/run")).isEqualTo(".ci/**");
  }

  @Test
  void the_core_protects_every_test_root_benchmarks_and_test_framework_settings() {
    assertThat(defaults.firstMatch("lib/src/testFixtures/java/demo/Fixture.java"))
        .isEqualTo("**/src/testFixtures/**");
    assertThat(defaults.firstMatch("lib/src/integrationTest/java/demo/ItTest.java"))
        .isEqualTo("**/src/*Test/**");
    assertThat(defaults.firstMatch("src/it/simple/verify.groovy")).isEqualTo("**/src/it/**");
    assertThat(defaults.firstMatch("bench/src/jmh/resources/input.txt")).isEqualTo("**/src/jmh/**");
    assertThat(defaults.firstMatch("src/main/resources/junit-platform.properties"))
        .isEqualTo("junit-platform.properties");
    assertThat(
            defaults.firstMatch(
                "src/main/resources/META-INF/services/org.junit.jupiter.api.extension.Extension"))
        .isEqualTo("**/META-INF/services/org.junit.*");
  }

  @Test
  void the_core_leaves_main_code_in_packages_named_like_build_folders_alone() {
    assertThat(defaults.test("src/main/java/demo/gradle/Plugin.java")).isFalse();
    assertThat(defaults.test("src/main/resources/app.properties")).isFalse();
    assertThat(defaults.test("src/main/resources/META-INF/services/demo.Codec")).isFalse();
  }
}
