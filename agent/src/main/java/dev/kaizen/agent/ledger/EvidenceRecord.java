package dev.kaizen.agent.ledger;

import dev.kaizen.evals.Evidence;
import dev.kaizen.evals.MetricComparison;
import dev.kaizen.evals.Steadiness;
import java.util.List;
import java.util.Objects;

/**
 * The numbers behind a performance decision, exactly as the gate computed them. {@code
 * decision.json} and {@code scorecard.json} (and {@code gate --json}) hold its keys next to their
 * own. A number the gate could not compute (no usable pairs) is null and left out.
 *
 * @param pairs usable pairs the test used
 * @param threshold τ as a relative effect, the improvement the test had to show
 * @param thresholdSource where τ came from: {@code min-effect}, or the calibration that measured
 *     the noise floor
 * @param estimate the Hodges–Lehmann estimate of the improvement, as a relative effect
 * @param ciLow lower end of its confidence interval
 * @param ciHigh upper end of its confidence interval
 * @param confidence the interval's level
 * @param p the one-sided Wilcoxon signed-rank p-value for "improvement ≤ τ"
 * @param metrics each target and guard metric
 * @param steady whether every target metric held steady on both sides
 * @param steadiness each target metric's trend check, per side
 */
public record EvidenceRecord(
    Integer pairs,
    Double threshold,
    String thresholdSource,
    Double estimate,
    Double ciLow,
    Double ciHigh,
    Double confidence,
    Double p,
    List<Metric> metrics,
    Boolean steady,
    List<Trend> steadiness) {

  public EvidenceRecord {
    metrics = metrics == null ? List.of() : List.copyOf(metrics);
    steadiness = steadiness == null ? List.of() : List.copyOf(steadiness);
  }

  /**
   * One metric across the pairs.
   *
   * @param name the metric
   * @param role {@code target} or {@code guard}
   * @param better {@code lower} or {@code higher}
   * @param baseline the baseline's median over the usable pairs
   * @param candidate the candidate's median over the usable pairs
   * @param improvement the relative improvement of the medians, oriented: {@code +0.05} is 5%
   *     better
   * @param ciLow lower end of the 95% Hodges–Lehmann interval of the metric's per-pair effect, as a
   *     relative effect; null when it could not be computed
   * @param ciHigh its upper end; null when it could not be computed
   * @param p the one-sided Wilcoxon signed-rank p-value that the metric is not better; null when it
   *     could not be computed
   */
  public record Metric(
      String name,
      String role,
      String better,
      Double baseline,
      Double candidate,
      Double improvement,
      Double ciLow,
      Double ciHigh,
      Double p) {

    public Metric {
      Objects.requireNonNull(name, "name");
    }

    /** The record of a metric's comparison. */
    public static Metric of(MetricComparison c) {
      return new Metric(
          c.name(),
          c.role().id(),
          c.better().id(),
          c.baselineMedian(),
          c.candidateMedian(),
          c.improvement(),
          LedgerCodec.finite(c.ciLow()),
          LedgerCodec.finite(c.ciHigh()),
          LedgerCodec.finite(c.p()));
    }

    /** This metric with another interval and p. */
    public Metric withInterval(Double ciLow, Double ciHigh, Double p) {
      return new Metric(name, role, better, baseline, candidate, improvement, ciLow, ciHigh, p);
    }
  }

  /**
   * A target metric's trend check on one side.
   *
   * @param metric the metric
   * @param side {@code baseline} or {@code candidate}
   * @param drift the relative change the trend implies over the run; null when it could not be
   *     computed
   * @param p the two-sided Mann–Kendall p-value; null when it could not be computed
   * @param steady whether the metric held steady
   */
  public record Trend(String metric, String side, Double drift, Double p, boolean steady) {
    public Trend {
      Objects.requireNonNull(metric, "metric");
      Objects.requireNonNull(side, "side");
    }

    /** The record of a trend check. */
    public static Trend of(Steadiness s) {
      return new Trend(
          s.metric(),
          s.side(),
          LedgerCodec.finite(s.drift()),
          LedgerCodec.finite(s.pValue()),
          s.steady());
    }
  }

  /** The record of the gate's evidence. */
  public static EvidenceRecord of(Evidence e) {
    return new EvidenceRecord(
        e.pairs(),
        e.threshold(),
        e.thresholdSource(),
        LedgerCodec.finite(e.estimate()),
        LedgerCodec.finite(e.ciLow()),
        LedgerCodec.finite(e.ciHigh()),
        LedgerCodec.finite(e.confidence()),
        LedgerCodec.finite(e.pValue()),
        e.metrics().stream().map(Metric::of).toList(),
        e.steady(),
        e.steadiness().stream().map(Trend::of).toList());
  }

  /** This evidence with other metrics. */
  public EvidenceRecord withMetrics(List<Metric> metrics) {
    return new EvidenceRecord(
        pairs,
        threshold,
        thresholdSource,
        estimate,
        ciLow,
        ciHigh,
        confidence,
        p,
        metrics,
        steady,
        steadiness);
  }

  /**
   * Whether a document held this evidence: an evidence its enclosing document did not hold (no
   * pairs were measured) is read with every key absent.
   */
  static boolean held(EvidenceRecord e) {
    return e != null && e.pairs() != null;
  }
}
