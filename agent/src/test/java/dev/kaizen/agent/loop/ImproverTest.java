package dev.kaizen.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.Progress;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.project.Project;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.ScriptedProposer;
import dev.kaizen.agent.testing.SlowReportRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the loop decides before anything runs in a sandbox. */
class ImproverTest {

  @TempDir Path tmp;

  private static SessionResult improve(
      GitFixture repo, ScriptedProposer proposer, ImproveRequest request) {
    try (Project project = Project.open(repo.root(), Optional.empty())) {
      return new Improver(project, proposer, Progress.SILENT, Clock.systemUTC()).run(request);
    }
  }

  private static ImproveRequest iterations(int n) {
    return new ImproveRequest(Optional.of(n), Goal.DEFAULT, Optional.empty());
  }

  @Test
  void a_rewrite_that_no_longer_parses_is_dropped_with_its_reason_in_the_ledger() throws Exception {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      var broken =
          new ScriptedProposer(
              List.of(
                  new ScriptedProposer.Step(
                      SlowReportRepo.REPORT, "return out;", "return out", "Forget a semicolon")));

      SessionResult result = improve(repo, broken, iterations(1));

      IterationRecord it = result.iterations().get(0);
      assertThat(it.decision()).isEqualTo("rejected");
      assertThat(it.reason())
          .startsWith("dropped: the rewrite no longer parses: " + SlowReportRepo.REPORT + ":");
      assertThat(it.commit()).isNull();
      Path sessionDir = repo.root().resolve("workspace/sessions").resolve(result.session());
      assertThat(Files.readString(sessionDir.resolve("iterations.jsonl")))
          .contains("no longer parses");
      assertThat(sessionDir.resolve("1/proposal.md")).content().contains("Forget a semicolon");
    }
  }

  @Test
  void iterations_are_capped_by_the_budget_and_every_one_is_recorded() {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      repo.write(
              "kaizen.yml",
              SlowReportRepo.KAIZEN_YML.replace("max-iterations: 5", "max-iterations: 2"))
          .commitAll("budget");
      var protectedEdits =
          new ScriptedProposer(
              List.of(
                  new ScriptedProposer.Step(
                      "kaizen.yml", "alpha: 0.01", "alpha: 0.4", "Loosen the gate"),
                  new ScriptedProposer.Step(
                      "src/test/java/demo/ReportTest.java",
                      "renders_nothing_for_zero",
                      "x",
                      "Rename"),
                  new ScriptedProposer.Step("pom.xml", "1.0", "1.1", "Bump")));

      SessionResult result = improve(repo, protectedEdits, iterations(5));

      assertThat(result.tried()).isEqualTo(2);
      assertThat(result.iterations())
          .extracting(IterationRecord::reason)
          .containsExactly(
              "refused: the patch edits kaizen.yml, protected by 'kaizen.yml' (Kaizen's settings: the evals, the gate and the protected paths)",
              "refused: the patch edits src/test/java/demo/ReportTest.java, protected by '**/src/test/**' (tests and their resources judge the candidate)");
      assertThat(result.stopReason()).isEqualTo("reached the limit of 2 iteration(s)");
    }
  }

  @Test
  void settings_come_from_the_base_commit_not_from_the_working_tree() throws Exception {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      repo.write(
          "kaizen.yml", "gate: {alpha: 0.4}\nnot-a-key: 1\n"); // uncommitted: must be ignored
      var none = new ScriptedProposer(List.of());

      SessionResult result = improve(repo, none, iterations(1));

      assertThat(result.stopReason()).startsWith("nothing to propose");
      Path session =
          repo.root()
              .resolve("workspace/sessions")
              .resolve(result.session())
              .resolve("session.json");
      assertThat(Files.readString(session)).contains("kaizen.yml at ").contains("\"alpha\" : 0.01");
    }
  }

  @Test
  void a_patch_editing_the_pom_is_refused_even_when_kaizen_yml_protects_nothing() {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      repo.write("kaizen.yml", SlowReportRepo.KAIZEN_YML + "protected: []\n")
          .commitAll("protect nothing beyond the core");
      var skipTests =
          new ScriptedProposer(
              List.of(
                  new ScriptedProposer.Step(
                      "pom.xml",
                      "</project>",
                      "<properties><maven.test.skip>true</maven.test.skip></properties>\n"
                          + "</project>",
                      "Skip the slow tests")));

      SessionResult result = improve(repo, skipTests, iterations(1));

      assertThat(result.iterations())
          .extracting(IterationRecord::reason)
          .containsExactly(
              "refused: the patch edits pom.xml, protected by 'pom.xml' (a build file: it decides"
                  + " the source roots, plugins, build extensions and test options)");
    }
  }

  @Test
  void a_patch_editing_the_benchmark_the_speed_eval_runs_is_refused_as_its_workload() {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      var smallerInput =
          new ScriptedProposer(
              List.of(
                  new ScriptedProposer.Step(
                      "src/main/java/demo/Bench.java",
                      "int n = 20000;",
                      "int n = 20;",
                      "Measure a smaller report")));

      SessionResult result = improve(repo, smallerInput, iterations(1));

      assertThat(result.iterations())
          .extracting(IterationRecord::reason)
          .containsExactly(
              "refused: the patch edits src/main/java/demo/Bench.java, protected by"
                  + " '**/demo/Bench.*' (the workload of eval 'speed')");
    }
  }

  @Test
  void the_session_records_every_protected_path_in_effect() throws Exception {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      repo.write("kaizen.yml", SlowReportRepo.KAIZEN_YML + "protected: [\"docs/**\"]\n")
          .commitAll("protect the docs too");

      SessionResult result = improve(repo, new ScriptedProposer(List.of()), iterations(1));

      String session =
          Files.readString(
              repo.root()
                  .resolve("workspace/sessions")
                  .resolve(result.session())
                  .resolve("session.json"));
      assertThat(session)
          .as("the core, what kaizen.yml adds, the workload")
          .contains("\"pom.xml\"", "\".mvn\"", "\"docs/**\"", "\"**/demo/Bench.*\"");
    }
  }

  @Test
  void a_repository_without_evals_is_a_usage_error() {
    try (GitFixture repo = GitFixture.init(tmp.resolve("plain"))) {
      repo.write("README.md", "no build here\n").commitAll("readme");
      assertThatThrownBy(() -> improve(repo, new ScriptedProposer(List.of()), iterations(1)))
          .isInstanceOf(UsageException.class)
          .hasMessageContaining("no evals are configured");
    }
  }
}
