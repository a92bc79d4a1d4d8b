package dev.kaizen.agent.propose;

import java.util.Optional;

/**
 * Proposes one change to a repository that might make it better at a goal.
 *
 * <p>A proposer is asked once per iteration. It sees the current best tree and what was tried
 * before in this session, and answers with a proposal or with nothing left to propose. It never
 * sees or judges the outcome of its own proposals beyond what {@link ProposalContext#tried()} tells
 * it.
 */
public interface Proposer {

  /** The name used in {@code --proposer}, the ledger and commit trailers. */
  String name();

  /**
   * Proposes the next change.
   *
   * @return the proposal, or empty when this proposer has nothing (more) to offer
   */
  Optional<Proposal> propose(Goal goal, ProposalContext context);

  /**
   * Revises {@code failed}, which applied but did not build (the compiler's messages are in {@code
   * why}), as one more round of the conversation that made it. Proposers that cannot revise (the
   * default) answer empty, and the iteration is rejected.
   *
   * @return the revised proposal, or empty when this proposer cannot or may not revise (no repair
   *     rounds left)
   */
  /**
   * Whether this proposer uses {@link SessionNotes#hotspots()}: the session then profiles the best
   * tree's target eval (one extra run with Java Flight Recorder) before asking it.
   */
  default boolean wantsProfile() {
    return false;
  }

  default Optional<Proposal> revise(Proposal failed, String why, ProposalContext context) {
    return Optional.empty();
  }
}
