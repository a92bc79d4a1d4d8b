/** Tests of the benchmarks' own arithmetic (the summary of repeated timings). */
package dev.kaizen.benchmarks;
