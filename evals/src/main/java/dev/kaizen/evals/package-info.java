/**
 * What "better" means: eval definitions, the runs that measure a tree, and the gate that decides.
 *
 * <p>{@link dev.kaizen.evals.EvalSuite} runs the configured evals on a tree in a sandbox, each
 * through its {@link dev.kaizen.evals.EvalType} (the extension point: the built-in types and their
 * registry live in the subpackages, which this package never imports); {@link
 * dev.kaizen.evals.Gate} compares a baseline and a candidate tree in interleaved pairs and returns
 * a {@link dev.kaizen.evals.Decision} with every number behind it. Only this module reads tool
 * output (Surefire XML, metric lines, JMH results).
 */
package dev.kaizen.evals;
