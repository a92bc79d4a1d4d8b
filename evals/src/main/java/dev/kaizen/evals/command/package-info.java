/**
 * Reads the metric line a {@code command} eval prints: its last non-blank stdout line, a JSON
 * object of positive numbers.
 *
 * <p>Jackson reads the line here (and JMH results in {@code jmh}); no Jackson type appears in its signatures.
 */
package dev.kaizen.evals.command;
