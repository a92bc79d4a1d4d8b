package dev.kaizen.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.Progress;
import dev.kaizen.agent.ledger.ConfigSnapshot;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.Ledger;
import dev.kaizen.agent.project.Project;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.testing.Docker;
import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.ScriptedProposer;
import dev.kaizen.agent.testing.SlowReportRepo;
import dev.kaizen.sandbox.testing.RequiresDocker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loop end to end on a real repository and the Docker sandbox, with scripted proposals. */
@RequiresDocker
class ImproverEndToEndTest {

  @TempDir Path tmp;

  @AfterEach
  void no_sandbox_container_is_left_behind() {
    assertThat(Docker.sandboxContainers()).as("labelled containers after the run").isEmpty();
  }

  @Test
  void a_change_that_breaks_a_test_is_rejected_with_the_test_named_and_nothing_moves()
      throws Exception {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("slow-report"))) {
      // backend: auto, so that the ledger has to say which backend ran
      repo.write(
              "kaizen.yml",
              Files.readString(repo.root().resolve("kaizen.yml"))
                  .replace("backend: docker", "backend: auto"))
          .commitAll("let Kaizen choose the sandbox");
      String head = repo.head();
      var breaking =
          new ScriptedProposer(
              List.of(
                  new ScriptedProposer.Step(
                      SlowReportRepo.REPORT,
                      "out += i + \",\";",
                      "out += i + \";\";",
                      "Separate with semicolons")));
      var lines = new ArrayList<String>();
      Progress progress =
          new Progress() {
            @Override
            public void info(String message) {
              lines.add(message);
            }
          };

      SessionResult result;
      try (Project project = Project.open(repo.root(), Optional.empty())) {
        result =
            new Improver(project, breaking, progress, Clock.systemUTC())
                .run(new ImproveRequest(Optional.of(2), Goal.DEFAULT, Optional.empty()));
      }

      assertThat(result.tried()).isEqualTo(1);
      assertThat(result.accepted()).isZero();
      IterationRecord it = result.iterations().get(0);
      assertThat(it.decision()).isEqualTo("rejected");
      assertThat(it.reason())
          .as(it.reasons().toString())
          .contains("demo.ReportTest#renders_numbers_separated_by_commas");
      assertThat(it.reason()).doesNotContain("renders_nothing_for_zero");
      assertThat(it.commit()).as("the candidate was committed on its own branch").isNotNull();
      assertThat(it.testsFailed()).isEqualTo(1);
      assertThat(result.best()).isEqualTo(head);
      assertThat(repo.ref("refs/heads/" + result.branch()))
          .as("nothing accepted, nothing published")
          .isNull();
      assertThat(repo.head()).isEqualTo(head);
      assertThat(repo.statusClean()).isTrue();
      assertThat(lines).anyMatch(l -> l.contains("rejected"));
      assertThat(lines)
          .as("how the session spends α: 0.01 over 2 iterations, 0.0025 per look needs 9 pairs")
          .contains(
              "gate: α = 0.01 spent over 2 iteration(s): a lone candidate is tested at 0.0050,"
                  + " looking at 10 and 12 pairs");
      ConfigSnapshot.Sandbox sandbox =
          new Ledger(repo.root().resolve("workspace"))
              .open(result.session())
              .session()
              .config()
              .sandbox();
      assertThat(sandbox.backend()).isEqualTo("auto");
      assertThat(sandbox.ran()).as("the backend that ran, in session.json").isEqualTo("docker");

      Path sessionDir = repo.root().resolve("workspace/sessions").resolve(result.session());
      assertThat(sessionDir.resolve("iterations.jsonl"))
          .content()
          .contains("\"decision\":\"rejected\"");
      assertThat(sessionDir.resolve("1/decision.json"))
          .content()
          .contains("renders_numbers_separated_by_commas");
    }
  }

  @Test
  void a_patch_that_touches_a_protected_path_is_refused_before_anything_runs() {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("slow-report"))) {
      var cheating =
          new ScriptedProposer(
              List.of(
                  new ScriptedProposer.Step(
                      "src/test/java/demo/ReportTest.java",
                      "assertEquals(\"0,1,2,\", Report.render(3));",
                      "",
                      "Drop the failing assertion")));

      SessionResult result;
      try (Project project = Project.open(repo.root(), Optional.empty())) {
        result =
            new Improver(project, cheating, Progress.SILENT, Clock.systemUTC())
                .run(new ImproveRequest(Optional.of(1), Goal.DEFAULT, Optional.empty()));
      }

      IterationRecord it = result.iterations().get(0);
      assertThat(it.decision()).isEqualTo("rejected");
      assertThat(it.reason())
          .isEqualTo(
              "refused: the patch edits src/test/java/demo/ReportTest.java, protected by '**/src/test/**' (tests and their resources judge the candidate)");
      assertThat(it.commit()).isNull();
      assertThat(repo.root().resolve("workspace/sessions").resolve(result.session()).resolve("0"))
          .as("no baseline was built: nothing ran")
          .doesNotExist();
    }
  }

  @Test
  void a_batch_screens_three_candidates_confirms_two_on_fresh_pairs_and_merges_the_faster_one() {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("slow-report"))) {
      String slow = SlowReportRepo.SLOW_REPORT;
      String slowBody =
          slow.substring(
              slow.indexOf("String out = \"\";"),
              slow.indexOf("return out;") + "return out;".length());
      String fastBody =
          slowBody
              .replace("String out = \"\";", "StringBuilder out = new StringBuilder();")
              .replace("out += i + \",\";", "out.append(i).append(',');")
              .replace("return out;", "return out.toString();");
      var proposer =
          new ScriptedProposer(
              List.of(
                  // two changes of code that do nothing for speed (a change of comments or
                  // formatting alone is refused before the gate: [cosmetic])
                  new ScriptedProposer.Step(
                      SlowReportRepo.REPORT,
                      "  private Report() {}",
                      "  private Report() {}\n\n  private static int twice(int x) {\n    return 2 * x;\n  }",
                      "Add a helper"),
                  new ScriptedProposer.Step(
                      SlowReportRepo.REPORT, slowBody, fastBody, "Use a StringBuilder"),
                  new ScriptedProposer.Step(
                      SlowReportRepo.REPORT,
                      "private Report() {}",
                      "private Report() {\n    super();\n  }",
                      "Call super() explicitly")));

      SessionResult result;
      try (Project project = Project.open(repo.root(), Optional.empty())) {
        result =
            new Improver(project, proposer, Progress.SILENT, Clock.systemUTC())
                .run(new ImproveRequest(Optional.of(3), Goal.DEFAULT, Optional.empty(), 3));
      }

      assertThat(result.tried()).isEqualTo(3);
      assertThat(result.accepted()).as(result.iterations().toString()).isEqualTo(1);
      IterationRecord fast = result.iterations().get(1);
      assertThat(fast.decision()).isEqualTo("accepted");
      assertThat(fast.reasons())
          .anySatisfy(r -> assertThat(r).startsWith("significant across the batch"));
      assertThat(result.best()).isEqualTo(fast.commit());
      assertThat(result.iterations())
          .filteredOn(i -> i.reason().startsWith("screened out: "))
          .as("one of the two no-ops is screened out")
          .hasSize(1);
      assertThat(result.iterations()).filteredOn(i -> i.decision().equals("accepted")).hasSize(1);
    }
  }
}
