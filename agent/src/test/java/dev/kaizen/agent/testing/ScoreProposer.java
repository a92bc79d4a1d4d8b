package dev.kaizen.agent.testing;

import dev.kaizen.agent.patch.FileEdit;
import dev.kaizen.agent.patch.Patch;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.propose.Proposal;
import dev.kaizen.agent.propose.ProposalContext;
import dev.kaizen.agent.propose.Proposer;
import dev.kaizen.agent.propose.Provenance;
import java.util.List;
import java.util.Optional;

/**
 * A proposer for {@link ScoreRepo} that, like the heuristic one, proposes from the best tree and
 * what was tried only, so two sessions on one repository propose the same changes: from a score
 * {@code s} it proposes {@code s - 50}, except that where {@code s / 50} is a multiple of three it
 * first proposes {@code s + 50} (which the gate rejects).
 */
public final class ScoreProposer implements Proposer {

  @Override
  public String name() {
    return "score";
  }

  @Override
  public Optional<Proposal> propose(Goal goal, ProposalContext context) {
    int s = ScoreRepo.score(context.tree());
    List<Integer> choices = (s / 50) % 3 == 0 ? List.of(s + 50, s - 50) : List.of(s - 50);
    for (int next : choices) {
      String key = "score:" + s + "->" + next;
      if (context.tried().contains(key)) continue;
      return Optional.of(
          new Proposal(
              key,
              "Set the score to " + next,
              "A " + (next < s ? "lower" : "higher") + " score.",
              Patch.of(new FileEdit("score.txt", s + "\n", next + "\n")),
              Provenance.offline("score", "countdown"),
              "score " + s + " -> " + next));
    }
    return Optional.empty();
  }
}
