/**
 * Kaizen's own benchmarks, plain {@code main} programs kept out of the product's source sets: the
 * measuring instruments. {@link dev.kaizen.benchmarks.IndexBenchmark} is the target metric of
 * Kaizen's {@code kaizen.yml} (how long indexing a fixed, generated corpus of Java sources takes;
 * its last line is the JSON object of metrics a {@code command} eval reads); {@link
 * dev.kaizen.benchmarks.SandboxBenchmark} measures, by hand, what the sandbox costs (see {@code
 * docs/sandbox-benchmark.md}). Run them with this module's jar and the agent's jar on the class
 * path.
 */
package dev.kaizen.benchmarks;
