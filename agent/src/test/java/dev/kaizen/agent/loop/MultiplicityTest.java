package dev.kaizen.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.kaizen.agent.Progress;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.Ledger;
import dev.kaizen.agent.project.Project;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.propose.Proposer;
import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.ScoreProposer;
import dev.kaizen.agent.testing.ScoreRepo;
import dev.kaizen.agent.testing.ScriptedProposer;
import dev.kaizen.agent.testing.ScriptedProposer.Step;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Re-rolling the dice: a session spends its α across its iterations, and never measures a change
 * twice, up to formatting and comments. {@link ScoreRepo} measures exactly, without a sandbox.
 */
class MultiplicityTest {

  private static final String UTIL = "src/main/java/demo/Util.java";

  @TempDir Path tmp;

  @Test
  void a_change_already_tried_up_to_formatting_and_comments_is_refused_without_being_measured() {
    try (GitFixture repo = ScoreRepo.create(tmp.resolve("repo"))) {
      repo.write(
              UTIL,
              "package demo;\n\nfinal class Util {\n  int add(int a, int b) {\n    return a + b;\n  }\n}\n")
          .commitAll("a class");
      var proposer =
          new ScriptedProposer(
              List.of(
                  new Step(UTIL, "return a + b;", "return b + a;", "Swap the operands"),
                  new Step(
                      UTIL,
                      "a + b;",
                      "b+a; // the same, with a comment",
                      "Swap the operands, again")));

      SessionResult result = improve(repo, proposer, 2);

      IterationRecord first = result.iterations().get(0);
      IterationRecord second = result.iterations().get(1);
      assertThat(first.pairs()).as("the first was measured").isNotNull();
      assertThat(first.fingerprint()).isNotNull();
      assertThat(second.decision()).isEqualTo("rejected");
      assertThat(second.reason())
          .isEqualTo(
              "refused: the patch makes the change iteration 1 tried, up to formatting and"
                  + " comments; a change is measured once per session [same-change]");
      assertThat(second.commit()).as("nothing committed, built or measured").isNull();
      assertThat(second.pairs()).isNull();
      assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
    }
  }

  @Test
  void a_patch_that_changes_only_formatting_and_comments_is_refused_as_cosmetic() {
    try (GitFixture repo = ScoreRepo.create(tmp.resolve("repo"))) {
      var proposer =
          new ScriptedProposer(
              List.of(new Step("score.txt", "\n", "   \n", "Trailing spaces are faster")));

      IterationRecord it = improve(repo, proposer, 1).iterations().get(0);

      assertThat(it.reason())
          .isEqualTo(
              "refused: the patch changes only formatting and comments: there is nothing to"
                  + " measure [cosmetic]");
      assertThat(it.commit()).isNull();
    }
  }

  @Test
  void each_candidate_spends_its_share_of_alpha_and_a_session_never_spends_more_than_alpha() {
    try (GitFixture repo = ScoreRepo.create(tmp.resolve("repo"))) {
      // gate.alpha 0.05, budget.max-iterations 6: the first candidate is tested at 0.05 / 6.
      SessionResult result = improve(repo, new ScoreProposer(), 6);

      List<IterationRecord> measured =
          result.iterations().stream().filter(r -> r.pairs() != null).toList();
      assertThat(measured).hasSize(6);
      assertThat(measured.get(0).alphaSpent()).isCloseTo(0.05 / 6, within(1e-12));
      assertThat(measured.stream().mapToDouble(IterationRecord::alphaSpent).sum())
          .isLessThanOrEqualTo(0.05 + 1e-12);
      assertThat(measured.get(0).reasons())
          .anySatisfy(r -> assertThat(r).contains("significance level 0.00833"));
      assertThat(
              new Ledger(repo.root().resolve("workspace"))
                  .open(result.session())
                  .iterations()
                  .get(0)
                  .alphaSpent())
          .as("kept in the ledger, for a resumed session")
          .isCloseTo(0.05 / 6, within(1e-12));
    }
  }

  private static SessionResult improve(GitFixture repo, Proposer proposer, int n) {
    try (Project project =
        Project.open(repo.root(), Optional.empty(), Optional.empty(), ScoreRepo.EXTENSIONS)) {
      return new Improver(project, proposer, Progress.SILENT, Clock.systemUTC())
          .run(new ImproveRequest(Optional.of(n), Goal.DEFAULT, Optional.empty()));
    }
  }
}
