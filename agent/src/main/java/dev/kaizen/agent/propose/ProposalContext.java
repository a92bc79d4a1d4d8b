package dev.kaizen.agent.propose;

import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.agent.ledger.ExchangeRecord;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What a proposer may look at.
 *
 * @param tree the current best tree (read it, never write to it)
 * @param index the JavaParser index of {@code tree}
 * @param tried the {@link Proposal#key() keys} of proposals already tried in this session, whatever
 *     became of them; a proposer must not offer one of them again
 * @param isProtected tells which repository-relative paths ({@code /}-separated) a patch must not
 *     touch
 * @param iteration the number of the iteration the proposal is for
 * @param notes the session's journal, metrics and hot methods
 * @param exchanges where a proposer that asks a model records every exchange, as it happens (so
 *     that what was spent is in the ledger even when the proposal is never finished)
 */
public record ProposalContext(
    Path tree,
    CodeIndex index,
    Set<String> tried,
    Predicate<String> isProtected,
    int iteration,
    SessionNotes notes,
    Consumer<ExchangeRecord> exchanges) {

  public ProposalContext {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(index, "index");
    tried = Set.copyOf(Objects.requireNonNull(tried, "tried"));
    Objects.requireNonNull(isProtected, "isProtected");
    Objects.requireNonNull(notes, "notes");
    Objects.requireNonNull(exchanges, "exchanges");
    if (iteration < 1)
      throw new IllegalArgumentException("iteration must be at least 1, not " + iteration);
  }

  /** A context for the first iteration with no notes, whose exchanges are not recorded. */
  public ProposalContext(
      Path tree, CodeIndex index, Set<String> tried, Predicate<String> isProtected) {
    this(tree, index, tried, isProtected, 1, SessionNotes.EMPTY, exchange -> {});
  }
}
