package dev.kaizen.agent.propose;

import dev.kaizen.agent.index.CodeIndex;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a proposer may look at.
 *
 * @param tree the current best tree (read it, never write to it)
 * @param index the JavaParser index of {@code tree}
 * @param tried the {@link Proposal#key() keys} of proposals already tried in this session,
 *     whatever became of them; a proposer must not offer one of them again
 * @param isProtected tells which repository-relative paths ({@code /}-separated) a patch must not
 *     touch
 */
public record ProposalContext(Path tree, CodeIndex index, Set<String> tried, Predicate<String> isProtected) {

  public ProposalContext {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(index, "index");
    tried = Set.copyOf(Objects.requireNonNull(tried, "tried"));
    Objects.requireNonNull(isProtected, "isProtected");
  }
}
