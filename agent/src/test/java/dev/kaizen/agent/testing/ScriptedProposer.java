package dev.kaizen.agent.testing;

import dev.kaizen.agent.patch.FileEdit;
import dev.kaizen.agent.patch.Patch;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.propose.Proposal;
import dev.kaizen.agent.propose.ProposalContext;
import dev.kaizen.agent.propose.Proposer;
import dev.kaizen.agent.propose.Provenance;
import dev.kaizen.agent.propose.SessionNotes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A proposer that plays back scripted text replacements, for tests of everything downstream of a
 * proposal: each step replaces {@code find} with {@code replace} in one file of the current best
 * tree. It keeps the notes it was shown with each request.
 */
public final class ScriptedProposer implements Proposer {

  /** One scripted change. */
  public record Step(String path, String find, String replace, String summary) {}

  private final Deque<Step> steps;
  private final List<SessionNotes> notesSeen = new ArrayList<>();

  public ScriptedProposer(List<Step> steps) {
    this.steps = new ArrayDeque<>(steps);
  }

  /** The session's notes of each request, in order. */
  public List<SessionNotes> notesSeen() {
    return List.copyOf(notesSeen);
  }

  @Override
  public String name() {
    return "scripted";
  }

  @Override
  public Optional<Proposal> propose(Goal goal, ProposalContext context) {
    notesSeen.add(context.notes());
    Step step = steps.poll();
    if (step == null) return Optional.empty();
    try {
      String before = Files.readString(context.tree().resolve(step.path()));
      if (!before.contains(step.find()))
        throw new IllegalStateException(step.path() + " does not contain " + step.find());
      String after = before.replace(step.find(), step.replace());
      return Optional.of(
          new Proposal(
              "scripted:" + step.path() + ":" + step.find(),
              step.summary(),
              "A scripted change for a test.",
              Patch.of(new FileEdit(step.path(), before, after)),
              Provenance.offline("scripted", "script"),
              "replace `" + step.find() + "` with `" + step.replace() + "`"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
