package dev.kaizen.agent.cli;

import static dev.kaizen.agent.cli.ImproveEndToEndTest.fileAt;
import static dev.kaizen.agent.cli.SessionCommandTest.sessionOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.Progress;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.loop.ManualSession;
import dev.kaizen.agent.loop.SessionResult;
import dev.kaizen.agent.project.Project;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.propose.ProposerFactory;
import dev.kaizen.agent.propose.SessionNotes;
import dev.kaizen.agent.testing.Docker;
import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.ScriptedProposer;
import dev.kaizen.agent.testing.SlowReportRepo;
import dev.kaizen.sandbox.testing.RequiresDocker;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kaizen session} end to end with piped input, a real repository, the Docker sandbox and the
 * real gate: a proposal the gate proves better is accepted and moves the session branch in the
 * user's repository; one it does not prove is accepted only as the user's call and recorded so; and
 * a rejection's feedback reaches the next proposal.
 */
@RequiresDocker
class SessionEndToEndTest {

  /**
   * Hashes the whole string so far on every pass: the quadratic render gets about twice as slow.
   */
  static final ScriptedProposer.Step SLOWER =
      new ScriptedProposer.Step(
          SlowReportRepo.REPORT,
          "      out += i + \",\";\n",
          "      out += i + \",\";\n      if (out.hashCode() == 42) out += \"\";\n",
          "Hash the line on every pass");

  @TempDir Path tmp;

  @AfterEach
  void no_sandbox_container_is_left_behind() {
    assertThat(Docker.sandboxContainers()).as("labelled containers after the run").isEmpty();
  }

  @Test
  void a_proposal_the_gate_proves_better_is_accepted_and_moves_the_session_branch_only()
      throws Exception {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("slow-report"))) {
      String head = repo.head();

      CliRun run =
          CliRun.withInput(
              """
          goal make Report.render faster
          propose
          eval
          accept
          status
          """,
              "session",
              "--repo",
              repo.root().toString());

      assertThat(run.exitCode()).as(run.toString()).isZero();
      String session = sessionOf(run);
      String branch = "kaizen/" + session;
      String best = repo.ref("refs/heads/" + branch);
      assertThat(best)
          .as("the session branch in the user's repository")
          .isNotNull()
          .isNotEqualTo(head);
      assertThat(run.out())
          .as(run.toString())
          .contains(
              "#1 ACCEPTED: "
                  + best.substring(0, 10)
                  + " against the best "
                  + head.substring(0, 10))
          .contains("metric")
          .contains("ms_per_op")
          .contains(
              "accepted #1: "
                  + branch
                  + " → "
                  + best.substring(0, 10)
                  + " (proven better by the gate)")
          .contains("  tried 1, accepted 1")
          .contains("tried 1, accepted 1; ended by the user after 1 iteration(s)");
      assertThat(fileAt(repo, best, SlowReportRepo.REPORT))
          .contains("StringBuilder")
          .doesNotContain("out += ");

      assertThat(repo.head()).isEqualTo(head);
      assertThat(repo.currentBranch()).isEqualTo("main");
      assertThat(repo.read(SlowReportRepo.REPORT)).isEqualTo(SlowReportRepo.SLOW_REPORT);
      assertThat(repo.statusClean()).as("git status").isTrue();

      Path dir = repo.root().resolve("workspace/sessions").resolve(session);
      List<String> lines =
          Files.readAllLines(dir.resolve("iterations.jsonl"), StandardCharsets.UTF_8);
      assertThat(lines)
          .singleElement()
          .asString()
          .contains("\"decision\":\"accepted\"")
          .contains("\"commit\":\"" + best + "\"");
      assertThat(dir.resolve("1/decision.json")).content().contains("\"decision\" : \"accepted\"");
      assertThat(dir.resolve("1/scorecard.json")).content().contains("\"samples\"");
      assertThat(dir.resolve("1/patch.diff")).content().contains("StringBuilder");
      assertThat(dir.resolve("session.json"))
          .content()
          .contains("\"status\" : \"finished\"")
          .contains("\"accepted\" : 1")
          .contains("\"best\" : \"" + best + "\"");
    }
  }

  @Test
  void
      an_unproven_candidate_is_accepted_only_as_the_users_call_and_a_rejections_feedback_reaches_the_next_proposal()
          throws Exception {
    try (GitFixture repo = SlowReportRepo.create(tmp.resolve("slow-report"))) {
      String head = repo.head();
      var proposer =
          new ScriptedProposer(
              List.of(
                  SLOWER,
                  new ScriptedProposer.Step(
                      SlowReportRepo.REPORT,
                      "private Report() {}",
                      "private Report() {\n  }",
                      "Open the constructor"),
                  new ScriptedProposer.Step(
                      SlowReportRepo.REPORT,
                      "public static String render",
                      "public static String render ",
                      "Space the signature")));
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
            eval
            accept
            propose
            reject too risky
            propose
            """)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            false);
        result = session.end();
      }

      String text = out.toString(StandardCharsets.UTF_8);
      IterationRecord first = result.iterations().get(0);
      assertThat(first.decision()).as(text).isEqualTo("accepted-by-user");
      assertThat(first.reason())
          .startsWith(
              "accepted by the user without the gate's proof (the gate's decision: rejected)");
      assertThat(text)
          .contains("#1 REJECTED: ")
          .contains("not proven better: 'accept' takes it all the same")
          .contains(
              "accepted #1 by you: kaizen/"
                  + result.session()
                  + " → "
                  + first.commit().substring(0, 10))
          .contains(
              "NOT proven better: the gate's decision was rejected; recorded as accepted-by-user");
      assertThat(repo.ref("refs/heads/kaizen/" + result.session()))
          .as("the user's call moves the branch")
          .isEqualTo(first.commit());
      assertThat(result.best()).isEqualTo(first.commit());
      assertThat(result.accepted()).isEqualTo(1);

      SessionNotes third = proposer.notesSeen().get(2);
      assertThat(third.feedback()).containsExactly("on #2 (Open the constructor): too risky");
      assertThat(third.history())
          .extracting(a -> a.decision())
          .containsExactly("accepted-by-user", "rejected");
      assertThat(result.iterations())
          .extracting(IterationRecord::decision)
          .containsExactly("accepted-by-user", "rejected", "rejected");
      assertThat(repo.head()).isEqualTo(head);
      assertThat(repo.statusClean()).isTrue();
    }
  }
}
