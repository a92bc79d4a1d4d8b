package dev.kaizen.evals;

import java.util.List;
import java.util.Objects;

/**
 * The numbers behind a performance decision.
 *
 * @param pairs usable pairs the test used
 * @param threshold τ as a relative effect: the improvement the test had to show (min-effect, or the
 *     noise floor when larger)
 * @param thresholdSource where τ came from: {@code min-effect}, or the calibration that measured
 *     the noise floor
 * @param estimate the Hodges–Lehmann estimate of the improvement, as a relative effect ({@code
 *     exp(HL) - 1}; +0.031 means 3.1% better)
 * @param ciLow lower end of the estimate's confidence interval, as a relative effect
 * @param ciHigh upper end of the estimate's confidence interval, as a relative effect
 * @param confidence the interval's confidence level (for example 0.95)
 * @param pValue the one-sided Wilcoxon signed-rank p-value for "improvement ≤ τ"
 * @param metrics each target and guard metric's medians
 * @param steadiness each target metric's trend check, baseline and candidate
 * @param samples every pair measured, usable or not, in measurement order
 */
public record Evidence(
    int pairs,
    double threshold,
    String thresholdSource,
    double estimate,
    double ciLow,
    double ciHigh,
    double confidence,
    double pValue,
    List<MetricComparison> metrics,
    List<Steadiness> steadiness,
    List<PairSample> samples) {

  public Evidence {
    Objects.requireNonNull(thresholdSource, "thresholdSource");
    metrics = List.copyOf(Objects.requireNonNull(metrics, "metrics"));
    steadiness = List.copyOf(Objects.requireNonNull(steadiness, "steadiness"));
    samples = List.copyOf(Objects.requireNonNull(samples, "samples"));
  }

  /** Whether every target metric held steady on both sides. */
  public boolean steady() {
    return steadiness.stream().allMatch(Steadiness::steady);
  }
}
