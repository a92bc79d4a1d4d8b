package dev.kaizen.evals;

import dev.kaizen.evals.stats.HodgesLehmann;
import dev.kaizen.evals.stats.LocationEstimate;
import dev.kaizen.evals.stats.SignedRankTest;
import dev.kaizen.evals.stats.SignedRankResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The statistics of the usable pairs at one look: the one-sided signed-rank test of the target
 * effect against τ, the Hodges–Lehmann estimate of the target effect and of each guard's, and
 * every metric's medians. Effects are in log space here (oriented: positive means the candidate
 * is better) and become relative ({@code exp(x) - 1}) only in {@link Evidence} and in reasons.
 *
 * @param pairs the usable pairs
 * @param test the test of {@code median(d) ≤ ln(1+τ)} against {@code >}
 * @param target the estimate of {@code d} with its confidence interval
 * @param guards each guard's estimate, from its own per-pair oriented log ratio
 * @param metrics each metric's medians over the usable pairs
 */
record PairAnalysis(
    int pairs, SignedRankResult test, LocationEstimate target, List<Guard> guards, List<MetricComparison> metrics) {

  /** The level of every confidence interval the gate reports. */
  static final double CONFIDENCE = 0.95;

  PairAnalysis {
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(target, "target");
    guards = List.copyOf(guards);
    metrics = List.copyOf(metrics);
  }

  /** A guard metric and the estimate of its oriented log ratio. */
  record Guard(MetricSpec metric, LocationEstimate estimate) {}

  /** Analyses usable pairs (at least one) against the threshold τ = {@code minEffect}. */
  static PairAnalysis of(List<PairSample> usable, List<MetricSpec> metrics, double minEffect) {
    if (usable.isEmpty()) throw new IllegalArgumentException("no usable pairs");
    double[] d = usable.stream().mapToDouble(PairSample::d).toArray();
    SignedRankResult test = SignedRankTest.greater(d, Math.log1p(minEffect));
    LocationEstimate target = HodgesLehmann.estimate(d, CONFIDENCE);
    var guards = new ArrayList<Guard>();
    var comparisons = new ArrayList<MetricComparison>();
    for (MetricSpec m : metrics) {
      double[] base = usable.stream().mapToDouble(p -> p.baseline().metrics().get(m.name())).toArray();
      double[] cand = usable.stream().mapToDouble(p -> p.candidate().metrics().get(m.name())).toArray();
      if (m.role() == Role.GUARD) {
        double[] ratio = new double[base.length];
        for (int i = 0; i < ratio.length; i++) ratio[i] = m.better().orientedLogRatio(base[i], cand[i]);
        guards.add(new Guard(m, HodgesLehmann.estimate(ratio, CONFIDENCE)));
      }
      double bm = HodgesLehmann.median(base);
      double cm = HodgesLehmann.median(cand);
      comparisons.add(new MetricComparison(m.name(), m.role(), m.better(), bm, cm, Math.expm1(m.better().orientedLogRatio(bm, cm))));
    }
    return new PairAnalysis(usable.size(), test, target, guards, comparisons);
  }

  /**
   * A pair's target effect: the mean over target metrics of the oriented {@code ln(baseline /
   * candidate)}; {@code NaN} when either side has no metrics.
   */
  static double d(Measurement baseline, Measurement candidate, List<MetricSpec> metrics) {
    if (!baseline.ok() || !candidate.ok()) return Double.NaN;
    return metrics.stream()
        .filter(m -> m.role() == Role.TARGET)
        .mapToDouble(m -> m.better().orientedLogRatio(baseline.metrics().get(m.name()), candidate.metrics().get(m.name())))
        .average()
        .orElse(Double.NaN);
  }

  /** The evidence for a decision taken on this analysis; {@code samples} are all pairs, usable or not. */
  Evidence evidence(double minEffect, List<PairSample> samples) {
    return new Evidence(
        pairs, minEffect, Math.expm1(target.estimate()), Math.expm1(target.low()), Math.expm1(target.high()),
        target.confidence(), test.pValue(), metrics, samples);
  }

  /** Evidence when no pair was usable: the samples, and no numbers. */
  static Evidence noEvidence(double minEffect, List<PairSample> samples) {
    return new Evidence(0, minEffect, Double.NaN, Double.NaN, Double.NaN, CONFIDENCE, Double.NaN, List.of(), samples);
  }
}
