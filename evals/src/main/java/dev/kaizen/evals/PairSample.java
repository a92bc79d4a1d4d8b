package dev.kaizen.evals;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One interleaved pair: the baseline and the candidate measured back to back, each in a fresh
 * process.
 *
 * @param index the pair's position in measurement order, from 0
 * @param baselineFirst whether the baseline ran first in this pair
 * @param baseline the baseline's measurement
 * @param candidate the candidate's measurement
 * @param d mean over target metrics of the oriented {@code ln(baseline/candidate)}; positive means
 *     the candidate was better; {@code NaN} when either side failed
 */
public record PairSample(
    int index, boolean baselineFirst, Measurement baseline, Measurement candidate, double d) {

  public PairSample {
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(candidate, "candidate");
  }

  /** Whether both sides were measured and the pair has a target effect {@code d}. */
  public boolean usable() {
    return baseline.ok() && candidate.ok() && !Double.isNaN(d);
  }

  /**
   * The pairs the gate's test uses, in measurement order: the {@linkplain #usable() usable} ones,
   * less the latest ones of whichever order is in excess, so there are as many baseline-first as
   * candidate-first pairs.
   */
  public static List<PairSample> usable(List<PairSample> samples) {
    List<PairSample> ok = samples.stream().filter(PairSample::usable).toList();
    long baselineFirst = ok.stream().filter(PairSample::baselineFirst).count();
    long excess = Math.abs(2 * baselineFirst - ok.size());
    if (excess == 0) return ok;
    boolean drop =
        2 * baselineFirst
            > ok.size(); // drop the latest baseline-first pairs, else candidate-first ones
    var kept = new ArrayList<>(ok);
    for (int i = kept.size() - 1; i >= 0 && excess > 0; i--) {
      if (kept.get(i).baselineFirst() == drop) {
        kept.remove(i);
        excess--;
      }
    }
    return List.copyOf(kept);
  }
}
