/**
 * A repository opened for Kaizen, and what every command that measures shares: the workspace and
 * ledger ({@link dev.kaizen.agent.project.Project}), the trusted configuration, exported trees, the
 * host-side {@code prepare} step, the sandbox with its Ctrl-C hook, the caches kept beside the
 * ledger (baseline test results, calibrations), and the {@link dev.kaizen.agent.project.Judge}: a
 * trusted baseline prepared, its sandbox open, its suite and gate, so that the sequence "prepare →
 * open the sandbox → build the suite → check the baseline" is written once.
 */
package dev.kaizen.agent.project;
