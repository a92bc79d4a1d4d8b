package dev.kaizen.agent.propose;

import java.util.Optional;

/**
 * Proposes one change to a repository that might make it better at a goal.
 *
 * <p>A proposer is asked once per iteration. It sees the current best tree and what was tried
 * before in this session, and answers with a proposal or with nothing left to propose. It never
 * sees or judges the outcome of its own proposals beyond what {@link ProposalContext#tried()}
 * tells it.
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
}
