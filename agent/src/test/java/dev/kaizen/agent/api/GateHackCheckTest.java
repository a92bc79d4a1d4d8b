package dev.kaizen.agent.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.SlowReportRepo;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Kaizen#gate} rejects a candidate the hack check finds, before any sandbox is opened. */
class GateHackCheckTest {

  @TempDir Path dir;

  private GateResult gate(GitFixture repo, String base, String candidate) {
    try (Kaizen kaizen =
        Kaizen.open(
            repo.root(),
            KaizenOptions.defaults().withWorkspace(Optional.of(dir.resolve("workspace"))))) {
      return kaizen.gate(base, candidate);
    }
  }

  @Test
  void a_candidate_whose_score_comes_from_a_shutdown_hook_is_rejected_before_anything_runs() {
    try (GitFixture repo = SlowReportRepo.create(dir.resolve("repo"))) {
      String base = repo.head();
      String candidate =
          repo.write(
                  SlowReportRepo.REPORT,
                  SlowReportRepo.SLOW_REPORT.replace(
                      "  private Report() {}",
                      "  static {\n"
                          + "    Runtime.getRuntime()\n"
                          + "        .addShutdownHook(new Thread(() -> System.out.println(\"{\\\"ms_per_op\\\": 0.001}\")));\n"
                          + "  }\n\n"
                          + "  private Report() {}"))
              .commitAll("Report faster");

      GateResult result = gate(repo, base, candidate);

      assertThat(result.decision().kind()).isEqualTo("rejected");
      assertThat(result.decision().reasons())
          .containsExactly(
              "refused: the candidate adds a shutdown hook (Runtime.addShutdownHook) to "
                  + SlowReportRepo.REPORT
                  + " in Report.<clinit> [hack: shutdown-hook]");
      assertThat(result.sandbox()).as("no sandbox was opened").isEqualTo("none");
      assertThat(result.decision().candidateTests()).as("nothing ran").isEmpty();
    }
  }

  @Test
  void every_hack_of_a_candidate_is_a_reason_naming_the_baseline_test_it_refers_to() {
    try (GitFixture repo = SlowReportRepo.create(dir.resolve("repo"))) {
      String base = repo.head();
      String candidate =
          repo.write(
                  SlowReportRepo.REPORT,
                  SlowReportRepo.SLOW_REPORT.replace(
                      "    String out = \"\";",
                      "    if (System.getenv(\"CI\") != null) System.exit(0);\n"
                          + "    if (Thread.currentThread().getStackTrace()[2].getClassName()"
                          + ".equals(\"demo.ReportTest\")) return \"\";\n"
                          + "    String out = \"\";"))
              .commitAll("Report faster");

      GateResult result = gate(repo, base, candidate);

      assertThat(result.decision().reasons())
          .containsExactly(
              "refused: the candidate adds an exit of the JVM (System.exit) to "
                  + SlowReportRepo.REPORT
                  + " in Report.render [hack: exit]",
              "refused: the candidate adds stack or command-line inspection (getStackTrace()) to "
                  + SlowReportRepo.REPORT
                  + " in Report.render [hack: stack-inspection]",
              "refused: the candidate adds a read of the environment or system properties"
                  + " (System.getenv) to "
                  + SlowReportRepo.REPORT
                  + " in Report.render [hack: environment]",
              "refused: the candidate adds a reference to a test or benchmark class"
                  + " (\"demo.ReportTest\") to "
                  + SlowReportRepo.REPORT
                  + " in Report.render [hack: judged-reference]");
      assertThat(result.sandbox()).isEqualTo("none");
    }
  }
}
