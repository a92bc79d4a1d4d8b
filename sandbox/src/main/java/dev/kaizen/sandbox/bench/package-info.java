/**
 * A benchmark of the sandbox itself: what starting a command costs in each backend, and what the
 * Docker sandbox adds to a small Maven build. A plain {@code main}, run by hand; see {@link
 * dev.kaizen.sandbox.bench.SandboxBenchmark}. Its figures are in {@code docs/sandbox-benchmark.md}.
 */
package dev.kaizen.sandbox.bench;
