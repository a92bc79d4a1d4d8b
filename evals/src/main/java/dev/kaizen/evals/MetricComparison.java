package dev.kaizen.evals;

import dev.kaizen.evals.stats.HodgesLehmann;
import dev.kaizen.evals.stats.LocationEstimate;
import dev.kaizen.evals.stats.SignedRankTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One metric across the pairs.
 *
 * @param name the metric
 * @param role target or guard
 * @param better which way is better
 * @param baselineMedian the baseline's median over usable pairs
 * @param candidateMedian the candidate's median over usable pairs
 * @param improvement relative improvement of the medians, oriented: {@code +0.05} means 5% better
 *     (lower for {@code lower} metrics, higher for {@code higher} ones)
 * @param ciLow lower end of the {@value #CONFIDENCE} Hodges–Lehmann confidence interval of the
 *     metric's per-pair oriented log ratio, as a relative effect ({@code exp(x) - 1}); {@code NaN}
 *     when it cannot be computed
 * @param ciHigh upper end of that interval, as a relative effect; {@code NaN} when it cannot be
 *     computed
 * @param p the one-sided Wilcoxon signed-rank p-value of "the metric is not better" (median
 *     oriented log ratio ≤ 0); {@code NaN} when it cannot be computed
 */
public record MetricComparison(
    String name,
    Role role,
    Direction better,
    double baselineMedian,
    double candidateMedian,
    double improvement,
    double ciLow,
    double ciHigh,
    double p) {

  /** The level of every per-metric interval: the gate's. */
  public static final double CONFIDENCE = 0.95;

  public MetricComparison {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(better, "better");
  }

  /**
   * Compares {@code metric} over the pairs the gate used ({@link PairSample#usable(List)}): the
   * medians of each side over the pairs where both sides report it; the interval and p over the
   * oriented log ratios {@code ln(baseline / candidate)} (negated for higher-is-better metrics) of
   * the pairs where both values are finite and above 0, in pair order. The interval and p are
   * {@code NaN} when there is no such pair or the statistics cannot be computed from them.
   */
  public static MetricComparison of(MetricSpec metric, List<PairSample> usable) {
    var base = new ArrayList<Double>();
    var cand = new ArrayList<Double>();
    var ratios = new ArrayList<Double>();
    for (PairSample pair : usable) {
      Double b = pair.baseline().metrics().get(metric.name());
      Double c = pair.candidate().metrics().get(metric.name());
      if (b == null || c == null) continue;
      base.add(b);
      cand.add(c);
      if (Double.isFinite(b) && Double.isFinite(c) && b > 0 && c > 0)
        ratios.add(metric.better().orientedLogRatio(b, c));
    }
    double bm = HodgesLehmann.median(array(base));
    double cm = HodgesLehmann.median(array(cand));
    double ciLow = Double.NaN;
    double ciHigh = Double.NaN;
    double p = Double.NaN;
    double[] x = array(ratios);
    if (x.length > 0) {
      try {
        LocationEstimate estimate = HodgesLehmann.estimate(x, CONFIDENCE);
        double pValue = SignedRankTest.greater(x, 0).pValue();
        ciLow = Math.expm1(estimate.low());
        ciHigh = Math.expm1(estimate.high());
        p = pValue;
      } catch (IllegalArgumentException e) {
        // not computable from these ratios (an infinite one, say): left NaN
      }
    }
    return new MetricComparison(
        metric.name(),
        metric.role(),
        metric.better(),
        bm,
        cm,
        Math.expm1(metric.better().orientedLogRatio(bm, cm)),
        ciLow,
        ciHigh,
        p);
  }

  private static double[] array(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
