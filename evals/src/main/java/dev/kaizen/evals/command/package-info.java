/**
 * The {@code command} eval type ({@link dev.kaizen.evals.command.CommandEvalType}): a command whose
 * last non-blank stdout line is a JSON object of the positive numbers it declares, read by {@link
 * dev.kaizen.evals.command.MetricLineParser}.
 *
 * <p>Jackson reads the line here (and JMH results in {@code jmh}); no Jackson type appears in its
 * signatures.
 */
package dev.kaizen.evals.command;
