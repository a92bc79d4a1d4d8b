package dev.kaizen.agent.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JudgedClassesTest {

  @TempDir Path tree;

  private void write(Map<String, String> files) throws IOException {
    for (var e : files.entrySet()) {
      Path file = tree.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
    }
  }

  @Test
  void test_benchmark_and_test_declaring_classes_are_judged_by_simple_and_qualified_name()
      throws IOException {
    write(
        Map.of(
            "src/test/java/demo/ReportTest.java",
            "package demo;\nclass ReportTest {\n  static class Fixture {}\n}\nclass Helper {}\n",
            "bench/src/jmh/java/demo/bench/ParseBench.java",
            "package demo.bench;\npublic class ParseBench {}\n",
            "src/main/java/demo/Checks.java",
            "package demo;\nimport org.junit.jupiter.api.Test;\nclass Checks {\n  @Test\n  void t() {}\n}\n",
            "src/main/java/demo/Report.java",
            "package demo;\n/** Tested by @Test methods elsewhere. */\nclass Report {}\n"));

    assertThat(JudgedClasses.in(tree))
        .containsExactlyInAnyOrder(
            "ReportTest",
            "demo.ReportTest",
            "demo.ReportTest.Fixture",
            "Helper",
            "demo.Helper",
            "ParseBench",
            "demo.bench.ParseBench",
            "Checks",
            "demo.Checks");
  }

  @Test
  void names_that_main_classes_also_have_and_resources_and_build_output_are_left_out()
      throws IOException {
    write(
        Map.of(
            "core/src/main/java/demo/Docker.java",
            "package demo;\npublic class Docker {}\n",
            "agent/src/test/java/demo/testing/Docker.java",
            "package demo.testing;\npublic class Docker {}\n",
            "agent/src/test/java/demo/Report.java",
            "package demo;\nclass Report {}\n",
            "core/src/main/java/demo/Report.java",
            "package demo;\nclass Report {}\n",
            "src/test/resources/cases/Example.java",
            "class Example {}\n",
            "target/generated-test-sources/Gen.java",
            "class Gen {}\n"));

    assertThat(JudgedClasses.in(tree)).containsExactly("demo.testing.Docker");
  }

  @Test
  void paths_under_test_and_benchmark_roots_are_judged_roots() {
    assertThat(JudgedClasses.underJudgedRoot("src/test/java/A.java")).isTrue();
    assertThat(JudgedClasses.underJudgedRoot("m/src/jmh/java/A.java")).isTrue();
    assertThat(JudgedClasses.underJudgedRoot("src/main/java/test/A.java")).isFalse();
    assertThat(JudgedClasses.underJudgedRoot("tests/src/main/java/A.java")).isFalse();
  }
}
