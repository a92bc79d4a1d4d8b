package dev.kaizen.evals;

import dev.kaizen.evals.stats.HodgesLehmann;
import dev.kaizen.evals.stats.LocationEstimate;
import dev.kaizen.evals.stats.SignedRankResult;
import dev.kaizen.evals.stats.SignedRankTest;
import dev.kaizen.evals.stats.TrendResult;
import dev.kaizen.evals.stats.TrendTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The statistics of the usable pairs at one look: the one-sided signed-rank test of the target
 * effect against τ, the Hodges–Lehmann estimate of the target effect and of each guard's, every
 * metric's medians, and each target's steadiness. Effects are in log space here (oriented: positive
 * means the candidate is better) and become relative ({@code exp(x) - 1}) only in {@link Evidence}
 * and in reasons.
 *
 * @param pairs the usable pairs
 * @param threshold τ
 * @param test the test of {@code median(d) ≤ ln(1+τ)} against {@code >}
 * @param target the estimate of {@code d} with its confidence interval
 * @param guards each guard's estimate, from its own per-pair oriented log ratio
 * @param metrics each metric's medians, interval and p over the usable pairs
 * @param steadiness each target metric's trend check on either side
 */
record PairAnalysis(
    int pairs,
    Threshold threshold,
    SignedRankResult test,
    LocationEstimate target,
    List<Guard> guards,
    List<MetricComparison> metrics,
    List<Steadiness> steadiness) {

  /** The level of every confidence interval the gate reports. */
  static final double CONFIDENCE = MetricComparison.CONFIDENCE;

  PairAnalysis {
    Objects.requireNonNull(threshold, "threshold");
    Objects.requireNonNull(test, "test");
    Objects.requireNonNull(target, "target");
    guards = List.copyOf(guards);
    metrics = List.copyOf(metrics);
    steadiness = List.copyOf(steadiness);
  }

  /** A guard metric and the estimate of its oriented log ratio. */
  record Guard(MetricSpec metric, LocationEstimate estimate) {}

  /**
   * Analyses usable pairs (at least one, in measurement order) against τ. The metrics are the first
   * pair's baseline metrics: every usable pair has them on both sides.
   */
  static PairAnalysis of(List<PairSample> usable, Threshold threshold) {
    if (usable.isEmpty()) throw new IllegalArgumentException("no usable pairs");
    double[] d = usable.stream().mapToDouble(PairSample::d).toArray();
    SignedRankResult test = SignedRankTest.greater(d, threshold.log());
    LocationEstimate target = HodgesLehmann.estimate(d, CONFIDENCE);
    var guards = new ArrayList<Guard>();
    var comparisons = new ArrayList<MetricComparison>();
    var steadiness = new ArrayList<Steadiness>();
    for (MetricSpec m : usable.get(0).baseline().specs()) {
      double[] base = values(usable, PairSample::baseline, m);
      double[] cand = values(usable, PairSample::candidate, m);
      if (m.role() == Role.GUARD) {
        double[] ratio = new double[base.length];
        for (int i = 0; i < ratio.length; i++)
          ratio[i] = m.better().orientedLogRatio(base[i], cand[i]);
        guards.add(new Guard(m, HodgesLehmann.estimate(ratio, CONFIDENCE)));
      } else {
        steadiness.add(steadiness(m, "baseline", base, threshold, target.low()));
        steadiness.add(steadiness(m, "candidate", cand, threshold, target.low()));
      }
      comparisons.add(MetricComparison.of(m, usable));
    }
    return new PairAnalysis(
        usable.size(), threshold, test, target, guards, comparisons, steadiness);
  }

  private static double[] values(
      List<PairSample> pairs, Function<PairSample, Measurement> side, MetricSpec m) {
    return pairs.stream().mapToDouble(p -> side.apply(p).metrics().get(m.name())).toArray();
  }

  /**
   * A side is unsteady when its log values trend significantly (Mann–Kendall, {@link
   * Steadiness#LEVEL}), Sen's slope carries them further than τ over the run, and the drift is
   * large enough to matter: the target's lower confidence bound less the whole drift would no
   * longer clear τ. A drift can move the paired differences by at most its own size, so an effect
   * that clears τ by more than the drift is shown whatever the drift did.
   */
  private static Steadiness steadiness(
      MetricSpec m, String side, double[] values, Threshold threshold, double targetLow) {
    double[] logs = new double[values.length];
    for (int i = 0; i < logs.length; i++) logs[i] = Math.log(values[i]);
    TrendResult trend = TrendTest.of(logs);
    double logDrift = trend.senSlope() * Math.max(0, values.length - 1);
    boolean steady =
        trend.pValue() > Steadiness.LEVEL
            || Math.abs(logDrift) <= threshold.log()
            || targetLow - Math.abs(logDrift) > threshold.log();
    return new Steadiness(m.name(), side, Math.expm1(logDrift), trend.pValue(), steady);
  }

  /**
   * A pair's target effect: the mean over the baseline's target metrics of the oriented {@code
   * ln(baseline / candidate)}; {@code NaN} when either side failed or the candidate lacks one of
   * them.
   */
  static double d(Measurement baseline, Measurement candidate) {
    if (!baseline.ok() || !candidate.ok()) return Double.NaN;
    return baseline.specs().stream()
        .filter(m -> m.role() == Role.TARGET)
        .mapToDouble(
            m -> {
              Double c = candidate.metrics().get(m.name());
              return c == null
                  ? Double.NaN
                  : m.better().orientedLogRatio(baseline.metrics().get(m.name()), c);
            })
        .average()
        .orElse(Double.NaN);
  }

  /** Whether every target was steady on both sides. */
  boolean steady() {
    return steadiness.stream().allMatch(Steadiness::steady);
  }

  /**
   * The evidence for a decision taken on this analysis; {@code samples} are all pairs, usable or
   * not.
   */
  Evidence evidence(List<PairSample> samples) {
    return new Evidence(
        pairs,
        threshold.effect(),
        threshold.source(),
        Math.expm1(target.estimate()),
        Math.expm1(target.low()),
        Math.expm1(target.high()),
        target.confidence(),
        test.pValue(),
        metrics,
        steadiness,
        samples);
  }

  /** Evidence when no pair was usable: the samples, and no numbers. */
  static Evidence noEvidence(Threshold threshold, List<PairSample> samples) {
    return new Evidence(
        0,
        threshold.effect(),
        threshold.source(),
        Double.NaN,
        Double.NaN,
        Double.NaN,
        CONFIDENCE,
        Double.NaN,
        List.of(),
        List.of(),
        samples);
  }
}
