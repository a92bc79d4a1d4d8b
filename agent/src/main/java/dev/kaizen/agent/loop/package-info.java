/**
 * Sessions: the improvement loop ({@link dev.kaizen.agent.loop.Improver}: index, propose, commit,
 * check, gate, record, and on acceptance move the session branch) and the session the user drives
 * one step at a time ({@link dev.kaizen.agent.loop.ManualSession}), both on one {@code SessionRun}
 * that keeps the ledger, the trees, what was tried and the best commit.
 */
package dev.kaizen.agent.loop;
