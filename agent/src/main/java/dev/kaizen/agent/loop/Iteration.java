package dev.kaizen.agent.loop;

import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.LedgerCodec;
import dev.kaizen.agent.propose.Proposal;
import dev.kaizen.evals.Decision;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One iteration in progress.
 *
 * @param parent the best commit when it started: what the candidate is built on
 * @param index the index of the parent's tree, which the proposal was made from
 * @param replaces the candidate commit of a revised proposal's previous attempt, which its
 *     candidate branch points at until the revision is committed
 */
record Iteration(
    String session,
    int n,
    String parent,
    Proposal proposal,
    Instant started,
    CodeIndex index,
    Optional<String> replaces) {

  Iteration(
      String session, int n, String parent, Proposal proposal, Instant started, CodeIndex index) {
    this(session, n, parent, proposal, started, index, Optional.empty());
  }

  Iteration revised(Proposal revision, Optional<String> failedCommit) {
    return new Iteration(session, n, parent, revision, started, index, failedCommit);
  }

  /** The ledger's line for this iteration, as the gate (or the refusal) decided it. */
  IterationRecord record(Outcome o, Instant finished) {
    return record(o, o.kind(), o.reasons(), finished);
  }

  /** The ledger's line for this iteration, with a decision and reasons of its own (a user's). */
  IterationRecord record(Outcome o, String kind, List<String> reasons, Instant finished) {
    Decision d = o.decision().orElse(null);
    var ev = d == null ? null : d.evidence().orElse(null);
    var tests = d == null ? null : d.candidateTests().orElse(null);
    return new IterationRecord(
        session + "/" + n,
        n,
        started.toString(),
        finished.toString(),
        proposal.provenance().proposer(),
        proposal.provenance().source(),
        proposal.key(),
        proposal.summary(),
        proposal.provenance().promptTemplate().orElse(null),
        proposal.provenance().tokens(),
        proposal.provenance().costUsd(),
        parent,
        o.commit().orElse(null),
        kind,
        reasons.isEmpty() ? kind : reasons.get(0),
        reasons,
        ev == null ? null : LedgerCodec.finite(ev.estimate()),
        ev == null ? null : LedgerCodec.finite(ev.ciLow()),
        ev == null ? null : LedgerCodec.finite(ev.ciHigh()),
        ev == null ? null : LedgerCodec.finite(ev.pValue()),
        ev == null ? null : ev.pairs(),
        tests == null ? null : tests.run(),
        tests == null ? null : tests.failures() + tests.errors(),
        o.fingerprint().orElse(null),
        o.decision().isPresent() && o.alphaSpent() > 0 ? o.alphaSpent() : null);
  }
}
