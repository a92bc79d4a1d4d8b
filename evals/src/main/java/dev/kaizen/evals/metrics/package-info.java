/**
 * Reads the metric line a {@code command} eval prints: its last non-blank stdout line, a JSON
 * object of positive numbers.
 *
 * <p>This is the only package that uses Jackson; no Jackson type appears in its signatures.
 */
package dev.kaizen.evals.metrics;
