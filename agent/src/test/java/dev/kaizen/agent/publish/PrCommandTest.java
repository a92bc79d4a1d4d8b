package dev.kaizen.agent.publish;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.cli.Main;
import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.LedgerFixture;
import dev.kaizen.agent.testing.SlowReportRepo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kaizen pr} on the command line: exit codes and one-line errors of what is refused before
 * any request.
 */
class PrCommandTest {

  /** A variable no environment sets, so the token is surely missing. */
  static final String UNSET = "KAIZEN_PR_TEST_TOKEN_THAT_IS_NEVER_SET";

  @TempDir Path tmp;

  record Run(int exitCode, String out, String err) {}

  private Run kaizen(GitFixture repo, String... args) {
    var all = new ArrayList<>(List.of(args));
    all.addAll(
        List.of(
            "--repo", repo.root().toString(), "--workspace", tmp.resolve("workspace").toString()));
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code =
        Main.run(
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            all.toArray(String[]::new));
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void without_a_token_it_exits_3_naming_the_variable() {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      LedgerFixture.commitCandidates(repo, tmp.resolve("workspace"), LedgerFixture.SESSION);

      Run run =
          kaizen(
              repo,
              "pr",
              "--token-env",
              UNSET,
              "--repository",
              "acme/slow-report",
              "--api-url",
              "http://127.0.0.1:1",
              "--remote",
              tmp.resolve("nowhere.git").toString());

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
      assertThat(run.err())
          .as(run.toString())
          .isEqualTo(
              "kaizen: no GitHub token: the environment variable " + UNSET + " is not set\n");
    }
  }

  @Test
  void a_session_that_accepted_nothing_exits_2() {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      LedgerFixture.writeNothingAccepted(
          tmp.resolve("workspace"),
          LedgerFixture.SESSION,
          new LedgerFixture.Commits(repo.head(), repo.head(), repo.head()));

      Run run = kaizen(repo, "pr", "--token-env", UNSET);

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
      assertThat(run.err())
          .contains(
              "accepted nothing (2 tried): there is nothing to publish on kaizen/"
                  + LedgerFixture.SESSION);
    }
  }

  @Test
  void a_branch_outside_kaizen_exits_2() {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      LedgerFixture.commitCandidates(repo, tmp.resolve("workspace"), LedgerFixture.SESSION);

      Run run = kaizen(repo, "pr", "--branch", "main", "--token-env", UNSET);

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
      assertThat(run.err())
          .isEqualTo(
              "kaizen: Kaizen publishes only its own session branches (kaizen/<session>), not main\n");
    }
  }

  @Test
  void bad_caps_and_no_sessions_exit_2() {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      assertThat(kaizen(repo, "pr", "--max-per-run", "0").err())
          .contains("--max-per-run must be at least 1, not 0");
      assertThat(kaizen(repo, "pr", "--all", "--branch", "kaizen/x").exitCode()).isEqualTo(2);
      Run none = kaizen(repo, "pr");
      assertThat(none.exitCode()).as(none.toString()).isEqualTo(2);
      assertThat(none.err()).contains("no sessions yet");
      Run bad = kaizen(repo, "pr", "--all", "--token-env", UNSET, "--repository", "not-a-repo");
      assertThat(bad.exitCode())
          .as("--all with nothing to publish asks for nothing: " + bad)
          .isZero();
      assertThat(bad.out()).startsWith("nothing to publish: no session in ");
    }
  }

  @Test
  void dry_run_prints_the_title_and_description_without_a_token() {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      var commits =
          LedgerFixture.commitCandidates(repo, tmp.resolve("workspace"), LedgerFixture.SESSION);

      Run run = kaizen(repo, "pr", "--dry-run", "--token-env", UNSET);

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out())
          .startsWith(
              "branch: kaizen/"
                  + LedgerFixture.SESSION
                  + " at "
                  + commits.accepted()
                  + "\n"
                  + "title: perf: "
                  + LedgerFixture.ACCEPTED_SUMMARY
                  + " (+3.1%)\n\n**Verdict: better by +3.1%**");
      assertThat(run.out())
          .contains("<!-- kaizen:pr {\"session\":\"" + LedgerFixture.SESSION + "\"");
    }
  }

  @Test
  void help_shows_the_options() {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("repo"))) {
      Run run = kaizen(repo, "pr", "--help");
      assertThat(run.exitCode()).isZero();
      assertThat(run.out())
          .contains(
              "--branch=B",
              "--all",
              "--max-per-run=N",
              "--max-open=N",
              "--token-env=VAR",
              "--repository=OWNER/NAME",
              "--api-url=URL",
              "--remote=URL",
              "--dry-run");
    }
  }
}
