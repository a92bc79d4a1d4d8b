package dev.kaizen.evals;

import java.util.List;
import java.util.Objects;

/**
 * The numbers behind a performance decision.
 *
 * @param pairs usable pairs the test used
 * @param threshold τ as a relative effect: the improvement the test had to show (min-effect, or
 *     the noise floor when larger)
 * @param estimate the Hodges–Lehmann estimate of the improvement, as a relative effect
 *     ({@code exp(HL) - 1}; +0.031 means 3.1% better)
 * @param ciLow lower end of the estimate's confidence interval, as a relative effect
 * @param ciHigh upper end of the estimate's confidence interval, as a relative effect
 * @param confidence the interval's confidence level (for example 0.95)
 * @param pValue the one-sided Wilcoxon signed-rank p-value for "improvement ≤ τ"
 * @param metrics each target and guard metric's medians
 * @param samples every pair measured, usable or not, in measurement order
 */
public record Evidence(
    int pairs,
    double threshold,
    double estimate,
    double ciLow,
    double ciHigh,
    double confidence,
    double pValue,
    List<MetricComparison> metrics,
    List<PairSample> samples) {

  public Evidence {
    metrics = List.copyOf(Objects.requireNonNull(metrics, "metrics"));
    samples = List.copyOf(Objects.requireNonNull(samples, "samples"));
  }
}
