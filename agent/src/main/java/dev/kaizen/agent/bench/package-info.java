/**
 * Kaizen's own benchmarks: small programs whose last line of output is a JSON object of metrics,
 * run by the {@code command} evals of Kaizen's {@code kaizen.yml}.
 */
package dev.kaizen.agent.bench;
