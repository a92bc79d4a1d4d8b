package dev.kaizen.agent.trust;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which literals of a baseline are its judges' inputs. */
class JudgedInputsTest {

  @TempDir Path tree;

  @Test
  void
      the_distinctive_literals_of_tests_and_workloads_count_and_main_code_and_ordinary_ones_do_not()
          throws IOException {
    write(
        Map.of(
            "src/test/java/demo/ReportTest.java",
            "package demo;\nclass ReportTest {\n  @org.junit.jupiter.api.Test\n  void t() {\n"
                + "    check(\"0,1,2,\", Report.render(3), 4096, \"ab\");\n  }\n}\n",
            "src/main/java/demo/Bench.java",
            "package demo;\nclass Bench {\n  public static void main(String[] a) {\n"
                + "    Report.render(20_000);\n    Report.render(1000);\n  }\n}\n",
            "src/main/java/demo/Report.java",
            "package demo;\nclass Report {\n  static final int LIMIT = 12345;\n"
                + "  static String render(int n) { return \"main text\"; }\n}\n"));

    var inputs = HackCheck.judgedInputs(tree, path -> path.equals("src/main/java/demo/Bench.java"));

    assertThat(inputs)
        .as(
            "the test's expected output and the workload's input; not 3, 4096, \"ab\", 1000,"
                + " nor anything of main code")
        .containsExactlyInAnyOrder("s:0,1,2,", "n:20000");
  }

  private void write(Map<String, String> files) throws IOException {
    for (var e : files.entrySet()) {
      Path f = tree.resolve(e.getKey());
      Files.createDirectories(f.getParent());
      Files.writeString(f, e.getValue());
    }
  }
}
