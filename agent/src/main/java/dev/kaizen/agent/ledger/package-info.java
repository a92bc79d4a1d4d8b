/**
 * The ledger: an append-only record of every session and every iteration, accepted or not, under
 * {@code workspace/sessions/<session>/}. Everything it holds is a record of this package ({@link
 * dev.kaizen.agent.ledger.SessionRecord} with its {@link dev.kaizen.agent.ledger.ConfigSnapshot},
 * {@link dev.kaizen.agent.ledger.IterationRecord}, {@link dev.kaizen.agent.ledger.ExchangeRecord},
 * {@link dev.kaizen.agent.ledger.DecisionRecord}, {@link dev.kaizen.agent.ledger.ScorecardRecord},
 * {@link dev.kaizen.agent.ledger.PullRequestRecord}) written and read through one codec, {@link
 * dev.kaizen.agent.ledger.LedgerCodec}, which versions the documents and upgrades those of the
 * first release as it reads them. {@link dev.kaizen.agent.ledger.SessionLog} offers typed reads and
 * writes: each iteration's line is written (and synced) before the next iteration starts; files are
 * replaced atomically, so nothing half-written is ever read back as complete. {@link
 * dev.kaizen.agent.ledger.WorkspaceLock} lets one session at a time run in a workspace, and {@link
 * dev.kaizen.agent.ledger.StaleSessions} marks those a killed process left running as interrupted.
 */
package dev.kaizen.agent.ledger;
