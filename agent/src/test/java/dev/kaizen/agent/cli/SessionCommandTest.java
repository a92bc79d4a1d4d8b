package dev.kaizen.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.Progress;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.loop.ManualSession;
import dev.kaizen.agent.loop.SessionResult;
import dev.kaizen.agent.project.Project;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.propose.ProposerFactory;
import dev.kaizen.agent.propose.SessionNotes;
import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.ScriptedProposer;
import dev.kaizen.agent.testing.SlowReportRepo;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kaizen session} with piped input, where nothing needs a sandbox: the commands, their
 * one-line errors, proposals with their diffs, and feedback that reaches the next proposal.
 */
class SessionCommandTest {

  @TempDir Path tmp;

  @Test
  void answers_help_goal_status_and_propose_with_a_diff_on_stdout_and_ends_at_quit()
      throws Exception {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("slow-report"))) {
      String head = repo.head();

      CliRun run =
          CliRun.withInput(
              """
          help
          frobnicate now
          goal make Report.render faster
          propose
          status
          quit
          propose
          """,
              "session",
              "--repo",
              repo.root().toString());

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out()).as("no prompt with piped input").doesNotContain("kaizen>");
      assertThat(run.out()).contains("commands:").contains("reject [FEEDBACK]");
      assertThat(run.out())
          .contains("error: unknown command 'frobnicate'; 'help' lists the commands\n");
      assertThat(run.out()).contains("goal: make Report.render faster\n");
      assertThat(run.out())
          .contains("#1 Use a StringBuilder for `out +=` in Report.render")
          .contains("proposer: heuristic (string-concat-in-loop)")
          .contains("rationale:")
          .contains("diff --git a/" + SlowReportRepo.REPORT + " b/" + SlowReportRepo.REPORT)
          .contains("-      out += i + \",\";")
          .contains("next: 'eval' measures it");
      assertThat(run.out())
          .contains("  goal      make Report.render faster")
          .contains("  tried 0, accepted 0")
          .containsPattern(
              "  in hand   #1 \\(Use a StringBuilder.*\\) proposed as [0-9a-f]{10}, not measured yet");
      assertThat(run.out().split("#1 Use a StringBuilder", -1))
          .as("nothing after quit is read")
          .hasSize(2);
      assertThat(run.err())
          .as("progress on stderr")
          .contains("heuristic proposer, manual, from " + head.substring(0, 10));

      String session = sessionOf(run);
      assertThat(run.out())
          .contains("session " + session + " (branch kaizen/" + session + "): tried 1, accepted 0")
          .contains("best is still the base " + head.substring(0, 10));
      Path dir = repo.root().resolve("workspace/sessions").resolve(session);
      List<String> lines = Files.readAllLines(dir.resolve("iterations.jsonl"));
      assertThat(lines).as("the proposal in hand is recorded at the end").hasSize(1);
      assertThat(lines.get(0))
          .contains("\"decision\":\"rejected\"")
          .contains("not merged: the session ended before it was accepted or rejected");
      assertThat(dir.resolve("1/proposal.md")).content().contains("string-concat-in-loop");
      assertThat(dir.resolve("1/patch.diff")).content().contains("StringBuilder");
      assertThat(dir.resolve("session.json"))
          .content()
          .contains("\"status\" : \"finished\"")
          .contains("\"goal\" : \"make Report.render faster\"");
      assertThat(dir.resolve("journal.md"))
          .content()
          .contains("## Goal\n\nmake Report.render faster");

      assertThat(repo.ref("refs/heads/kaizen/" + session))
          .as("nothing accepted: no branch in the user's repository")
          .isNull();
      assertThat(repo.head()).isEqualTo(head);
      assertThat(repo.currentBranch()).isEqualTo("main");
      assertThat(repo.statusClean()).isTrue();
    }
  }

  @Test
  void a_step_out_of_order_is_a_one_line_error_and_the_session_goes_on() {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("slow-report"))) {
      CliRun run =
          CliRun.withInput(
              """
          eval
          accept
          reject
          feedback
          goal
          propose
          propose
          accept
          """,
              "session",
              "--repo",
              repo.root().toString(),
              "--goal",
              "faster reports");

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out().lines().filter(l -> l.startsWith("error: ")))
          .containsExactly(
              "error: nothing to measure: 'propose' first",
              "error: nothing to accept: 'propose' first",
              "error: nothing to reject: 'propose' first",
              "error: feedback needs some words: feedback TEXT",
              "error: #1 (Use a StringBuilder for `out +=` in Report.render (Report.java:11)) is still in hand: "
                  + "'accept' or 'reject [FEEDBACK]' it first",
              "error: #1 (Use a StringBuilder for `out +=` in Report.render (Report.java:11)) is not measured yet: "
                  + "'eval' it first; nothing is accepted unmeasured");
      assertThat(run.out()).contains("goal: faster reports\n");
    }
  }

  @Test
  void a_rejection_with_feedback_reaches_the_next_proposal_and_the_ledger() throws Exception {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("slow-report"))) {
      var proposer =
          new ScriptedProposer(
              List.of(
                  new ScriptedProposer.Step(
                      SlowReportRepo.REPORT,
                      "String out = \"\";",
                      "String out = new String();",
                      "Make a new string"),
                  new ScriptedProposer.Step(
                      SlowReportRepo.REPORT,
                      "private Report() {}",
                      "private Report() {\n  }",
                      "Open the constructor")));
      var out = new ByteArrayOutputStream();

      SessionResult result;
      try (Project project = Project.open(repo.root(), Optional.empty());
          ManualSession session =
              ManualSession.open(
                  project,
                  ProposerFactory.of(proposer),
                  Goal.DEFAULT,
                  Progress.SILENT,
                  Clock.systemUTC())) {
        SessionConversation.converse(
            session,
            new BufferedReader(
                new StringReader(
                    """
            propose
            reject too risky
            feedback keep the public API as it is
            propose
            """)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            false);
        result = session.end();
      }

      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains("rejected #1 (Make a new string); your feedback goes into the next proposal")
          .contains("noted for the next proposal")
          .contains("#2 Open the constructor");
      assertThat(proposer.notesSeen()).hasSize(2);
      assertThat(proposer.notesSeen().get(0).feedback()).isEmpty();
      SessionNotes second = proposer.notesSeen().get(1);
      assertThat(second.feedback())
          .containsExactly("on #1 (Make a new string): too risky", "keep the public API as it is");
      assertThat(second.history())
          .singleElement()
          .satisfies(
              a -> {
                assertThat(a.decision()).isEqualTo("rejected");
                assertThat(a.reasons()).first().isEqualTo("rejected by the user: too risky");
              });
      assertThat(result.iterations())
          .extracting(IterationRecord::reason)
          .containsExactly(
              "rejected by the user: too risky",
              "not merged: the session ended before it was accepted or rejected");
      Path dir = repo.root().resolve("workspace/sessions").resolve(result.session());
      assertThat(dir.resolve("journal.md"))
          .content()
          .contains("> on #1 (Make a new string): too risky")
          .contains("> keep the public API as it is");
    }
  }

  @Test
  void json_does_not_apply_to_an_interactive_session() {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("slow-report"))) {
      CliRun run =
          CliRun.withInput("quit\n", "session", "--repo", repo.root().toString(), "--json");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).startsWith("kaizen: --json does not apply to session");
    }
  }

  /**
   * The session's id, from the last line but one of stdout ("session ID (branch kaizen/ID): ...").
   */
  static String sessionOf(CliRun run) {
    String line =
        run.out()
            .lines()
            .filter(l -> l.startsWith("session ") && l.contains("(branch kaizen/"))
            .reduce((a, b) -> b)
            .orElseThrow(() -> new AssertionError("no session line: " + run));
    return line.substring("session ".length(), line.indexOf(' ', "session ".length()));
  }
}
