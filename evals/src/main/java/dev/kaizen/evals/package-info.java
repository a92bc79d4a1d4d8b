/**
 * What "better" means: eval definitions, the runs that measure a tree, and the gate that decides.
 *
 * <p>{@link dev.kaizen.evals.EvalSuite} runs the configured evals on a tree in a sandbox;
 * {@link dev.kaizen.evals.Gate} compares a baseline and a candidate tree in interleaved pairs and
 * returns a {@link dev.kaizen.evals.Decision} with every number behind it. Only this module reads
 * tool output (Surefire XML, metric lines).
 */
package dev.kaizen.evals;
