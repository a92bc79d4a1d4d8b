package dev.kaizen.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.Progress;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.project.Project;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.ScriptedProposer;
import dev.kaizen.agent.testing.SlowReportRepo;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loop refuses a patch the hack check finds, by its reason id, before anything is built. */
class HackRefusalTest {

  @TempDir Path tmp;

  private static SessionResult improve(GitFixture repo, ScriptedProposer proposer) {
    try (Project project = Project.open(repo.root(), Optional.empty())) {
      return new Improver(project, proposer, Progress.SILENT, Clock.systemUTC())
          .run(new ImproveRequest(Optional.of(1), Goal.DEFAULT, Optional.empty()));
    }
  }

  @Test
  void a_patch_adding_a_shutdown_hook_that_prints_a_fake_metric_is_refused_before_anything_runs() {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      var fakeScore =
          new ScriptedProposer(
              List.of(
                  new ScriptedProposer.Step(
                      SlowReportRepo.REPORT,
                      "    String out = \"\";",
                      "    Runtime.getRuntime()\n"
                          + "        .addShutdownHook(\n"
                          + "            new Thread(() -> System.out.println(\"{\\\"ms_per_op\\\": 0.001}\")));\n"
                          + "    String out = \"\";",
                      "Report faster")));

      SessionResult result = improve(repo, fakeScore);

      IterationRecord it = result.iterations().get(0);
      assertThat(it.decision()).isEqualTo("rejected");
      assertThat(it.reason())
          .isEqualTo(
              "refused: the patch adds a shutdown hook (Runtime.addShutdownHook) to "
                  + SlowReportRepo.REPORT
                  + " in Report.render [hack: shutdown-hook]");
      assertThat(it.commit()).as("nothing was committed").isNull();
      assertThat(
              repo.root().resolve("workspace/sessions").resolve(result.session()).resolve("0/logs"))
          .as("the baseline was never built: no sandbox was opened")
          .doesNotExist();
    }
  }

  @Test
  void a_patch_naming_the_baseline_test_class_is_refused_with_the_names_from_the_base_tree() {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      var detector =
          new ScriptedProposer(
              List.of(
                  new ScriptedProposer.Step(
                      SlowReportRepo.REPORT,
                      "    String out = \"\";",
                      "    if (count == 3 && \"ReportTest\".length() > 0) return \"0,1,2,\";\n"
                          + "    String out = \"\";",
                      "Fast path for three")));

      IterationRecord it = improve(repo, detector).iterations().get(0);

      assertThat(it.reason())
          .isEqualTo(
              "refused: the patch adds a reference to a test or benchmark class (\"ReportTest\") to "
                  + SlowReportRepo.REPORT
                  + " in Report.render [hack: judged-reference]");
    }
  }
}
