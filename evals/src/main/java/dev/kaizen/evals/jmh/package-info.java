/**
 * The {@code jmh} eval type ({@link dev.kaizen.evals.jmh.JmhEvalType}): JMH's JSON result file
 * ({@code java -jar benchmarks.jar -rf json -rff FILE}) read into per-benchmark, per-fork metrics
 * for the gate, and the benchmarks of a Maven build found for {@code init} ({@link
 * dev.kaizen.evals.jmh.JmhSetup}).
 *
 * <p>Each JMH fork, a fresh JVM, is one replicate (Kalibera and Jones): a benchmark's score for a
 * fork is the mean of that fork's measurement iterations, and iterations are never treated as
 * independent samples. {@link dev.kaizen.evals.jmh.JmhResultReader} reads a result file; a file
 * that is missing or malformed, or an entry that cannot be used, is a one-line problem in {@link
 * dev.kaizen.evals.jmh.JmhResults}, not an exception.
 *
 * <p>Uses Jackson's tree model internally; no Jackson type appears in its signatures.
 */
package dev.kaizen.evals.jmh;
