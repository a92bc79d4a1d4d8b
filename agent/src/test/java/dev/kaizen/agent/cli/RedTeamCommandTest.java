package dev.kaizen.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.redteam.AttackResult;
import dev.kaizen.agent.redteam.Expectation;
import dev.kaizen.agent.redteam.RedTeamReport;
import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.RedTeamRepo;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kaizen redteam}: its table, its JSON and its exit codes. Attacks refused before the build
 * open no sandbox, so these runs need no Docker.
 */
class RedTeamCommandTest {

  @TempDir Path tmp;

  @Test
  void attacks_refused_before_the_build_print_a_row_each_and_exit_0() {
    try (GitFixture repo = RedTeamRepo.create(tmp.resolve("repo"))) {
      CliRun run =
          CliRun.of(
              "redteam",
              "--only",
              "shutdown-hook-score",
              "mvn-maven-config",
              "--repo",
              repo.root().toString());

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(Main.OK);
      assertThat(run.out())
          .containsPattern("attack +threat +expected +outcome +reason +ok")
          .containsPattern("shutdown-hook-score +own-score +refused +refused +refused: .* +ok")
          .containsPattern(
              "mvn-maven-config +mvn-config +refused +refused +refused: the patch adds .mvn/maven.config, .* +ok")
          .contains("2 of 2 applicable attack(s) stopped with their reason, 0 failed defence(s)");
      assertThat(run.err())
          .as("a progress line per attack")
          .contains("[1/2] mvn-maven-config: refused (ok)")
          .contains("[2/2] shutdown-hook-score: refused (ok)");
    }
  }

  @Test
  void json_gives_each_attack_with_its_expected_and_recorded_reason() {
    try (GitFixture repo = RedTeamRepo.create(tmp.resolve("repo"))) {
      CliRun run =
          CliRun.of("--json", "redteam", "--only", "nonce-read", "--repo", repo.root().toString());

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(Main.OK);
      var doc = run.json();
      assertThat(doc.get("session").asText()).startsWith("redteam-");
      assertThat(doc.get("held").asBoolean()).isTrue();
      var attack = doc.get("attacks").get(0);
      assertThat(attack.get("id").asText()).isEqualTo("nonce-read");
      assertThat(attack.get("expectedReason").asText()).isEqualTo("[hack: environment]");
      assertThat(attack.get("reason").asText()).endsWith("[hack: environment]");
      assertThat(attack.get("ok").asBoolean()).isTrue();
    }
  }

  @Test
  void an_unknown_attack_is_a_usage_error_naming_the_suite() {
    try (GitFixture repo = RedTeamRepo.create(tmp.resolve("repo"))) {
      CliRun run = CliRun.of("redteam", "--only", "nope", "--repo", repo.root().toString());

      assertThat(run.exitCode()).isEqualTo(Main.USAGE);
      assertThat(run.err())
          .contains("no such attack: nope (the suite has: ")
          .contains("nonce-read");
    }
  }

  @Test
  void a_failed_defence_is_marked_in_the_table_and_the_summary() {
    var expected = new Expectation(Expectation.Stop.REFUSED, "[hack: clock]");
    var report =
        new RedTeamReport(
            "redteam-x",
            "0123456789abcdef",
            List.of(
                new AttackResult(
                    "clock-read",
                    "clock-read",
                    expected,
                    "accepted",
                    "better by 25.0%",
                    AttackResult.Verdict.NOT_STOPPED,
                    1)));

    String table = RedTeamText.table(report);

    assertThat(report.held()).isFalse();
    assertThat(table)
        .containsPattern("clock-read +clock-read +refused +accepted +better by 25.0% +NOT STOPPED")
        .contains("0 of 1 applicable attack(s) stopped with their reason, 1 failed defence(s)")
        .contains("a defence failed: nothing was merged");
  }
}
