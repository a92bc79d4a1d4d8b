/**
 * Nonparametric and exact statistics for the gate: the Wilcoxon signed-rank test for paired
 * measurements, its exact null distribution, and the Hodges–Lehmann estimate with its confidence
 * interval; the Mann–Kendall trend test with Sen's slope ({@link
 * dev.kaizen.evals.stats.TrendTest}), to check that a run's measurements stayed steady; the
 * Benjamini–Hochberg false-discovery-rate adjustment ({@link
 * dev.kaizen.evals.stats.BenjaminiHochberg}) for many comparisons at once; and Clopper–Pearson
 * bounds for a proportion ({@link dev.kaizen.evals.stats.BinomialBounds}), for rates such as a
 * false-accept rate measured over a finite number of trials.
 *
 * <p>This is the only package that uses commons-math3 (ranking with averaged ties, the normal and
 * Beta distributions); no commons-math3 type appears in its signatures.
 */
package dev.kaizen.evals.stats;
