/**
 * Nonparametric statistics for paired measurements: the Wilcoxon signed-rank test, its exact null
 * distribution, and the Hodges–Lehmann estimate with its confidence interval.
 *
 * <p>This is the only package that uses commons-math3 (ranking with averaged ties, the normal
 * distribution); no commons-math3 type appears in its signatures.
 */
package dev.kaizen.evals.stats;
