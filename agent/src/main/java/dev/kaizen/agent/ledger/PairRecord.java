package dev.kaizen.agent.ledger;

import dev.kaizen.evals.Measurement;
import dev.kaizen.evals.PairSample;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One interleaved pair as {@code scorecard.json}'s {@code samples} (and {@code gate --json}) hold
 * it.
 *
 * @param index the pair's position in measurement order, from 0
 * @param order {@code AB} when the baseline ran first, {@code BA} when the candidate did
 * @param baseline the baseline's measurement
 * @param candidate the candidate's measurement
 * @param d the pair's target effect (mean oriented log ratio); null (left out) when either side
 *     failed
 */
public record PairRecord(
    int index, String order, MeasurementRecord baseline, MeasurementRecord candidate, Double d) {

  public PairRecord {
    d = d == null || Double.isNaN(d) ? null : d;
  }

  /** The record of one pair. */
  public static PairRecord of(PairSample s) {
    return new PairRecord(
        s.index(),
        s.baselineFirst() ? "AB" : "BA",
        MeasurementRecord.of(s.baseline()),
        MeasurementRecord.of(s.candidate()),
        s.d());
  }

  public boolean baselineFirst() {
    return "AB".equals(order);
  }

  /**
   * The pair as the gate had it, as far as its per-metric statistics need it. A side the record
   * does not hold reads as a measurement without metrics or problem.
   */
  PairSample sample() {
    return new PairSample(
        index,
        baselineFirst(),
        measurement(baseline),
        measurement(candidate),
        d == null ? Double.NaN : d);
  }

  private static Measurement measurement(MeasurementRecord m) {
    return m != null
        ? m.measurement()
        : new Measurement(
            Map.of(),
            List.of(),
            Map.of(),
            Duration.ZERO,
            OptionalLong.empty(),
            Optional.empty(),
            List.of());
  }
}
