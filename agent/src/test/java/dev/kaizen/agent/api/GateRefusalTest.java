package dev.kaizen.agent.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.SlowReportRepo;
import dev.kaizen.evals.Decision;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Kaizen#gate} refuses a candidate that touches the protected core before anything of it
 * runs, whatever {@code kaizen.yml} lists under {@code protected} (here: nothing). No sandbox is
 * opened, so no engine is needed.
 */
class GateRefusalTest {

  @TempDir Path dir;
  GitFixture repo;
  String base;

  @BeforeEach
  void repository() {
    repo = SlowReportRepo.create(dir.resolve("repo"));
    repo.write("kaizen.yml", SlowReportRepo.KAIZEN_YML + "protected: []\n")
        .commitAll("kaizen.yml protects nothing beyond the core");
    base = repo.head();
  }

  @AfterEach
  void close() {
    repo.close();
  }

  private String candidate(String path, String content) {
    repo.checkout("main");
    String branch = "c" + System.nanoTime();
    repo.createBranch(branch);
    repo.checkout(branch);
    repo.write(path, content);
    return repo.commitAll("candidate");
  }

  private Decision gate(String candidate) {
    try (Kaizen kaizen =
        Kaizen.open(
            repo.root(),
            KaizenOptions.defaults().withWorkspace(Optional.of(dir.resolve("workspace"))))) {
      GateResult result = kaizen.gate(base, candidate);
      assertThat(result.sandbox()).as("nothing ran").isEqualTo("none");
      return result.decision();
    }
  }

  @Test
  void a_pom_with_a_test_source_directory_of_its_own_is_refused_with_an_empty_protected_list() {
    String pom =
        SlowReportRepo.POM.replace(
            "</project>",
            "  <build><testSourceDirectory>src/lenient/java</testSourceDirectory></build>\n"
                + "</project>");

    Decision d = gate(candidate("pom.xml", pom));

    assertThat(d).isInstanceOf(Decision.Rejected.class);
    assertThat(d.reason())
        .isEqualTo(
            "refused: the candidate edits pom.xml, protected by 'pom.xml' (a build file: it"
                + " decides the source roots, plugins, build extensions and test options)");
  }

  @Test
  void an_added_maven_config_that_reruns_failing_tests_is_refused() {
    Decision d = gate(candidate(".mvn/maven.config", "-Dsurefire.rerunFailingTestsCount=9\n"));

    assertThat(d.reason())
        .startsWith("refused: the candidate adds .mvn/maven.config, protected by '.mvn'");
  }

  @Test
  void a_module_pom_added_below_the_root_is_refused_by_the_core() {
    Decision d = gate(candidate("sub/module/pom.xml", SlowReportRepo.POM));

    assertThat(d.reason())
        .startsWith("refused: the candidate adds sub/module/pom.xml, protected by 'pom.xml'");
  }

  @Test
  void a_main_source_declaring_tests_is_refused() {
    String checks =
        """
        package demo;

        import org.junit.jupiter.api.Test;

        class ReportChecks {
          @Test
          void passes() {}
        }
        """;

    Decision d = gate(candidate("src/main/java/demo/ReportChecks.java", checks));

    assertThat(d.reason())
        .isEqualTo(
            "refused: the candidate adds src/main/java/demo/ReportChecks.java, which would declare"
                + " tests (@Test): a candidate may not bring its own tests or benchmarks");
  }

  @Test
  void the_benchmark_the_command_eval_runs_is_refused_as_its_workload() {
    Decision d =
        gate(
            candidate(
                "src/main/java/demo/Bench.java",
                SlowReportRepo.BENCH.replace("int n = 20000;", "int n = 20;")));

    assertThat(d.reason())
        .isEqualTo(
            "refused: the candidate edits src/main/java/demo/Bench.java, protected by"
                + " '**/demo/Bench.*' (the workload of eval 'speed')");
  }
}
