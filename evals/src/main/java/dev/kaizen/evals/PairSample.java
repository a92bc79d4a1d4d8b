package dev.kaizen.evals;

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

  public boolean usable() {
    return baseline.ok() && candidate.ok() && !Double.isNaN(d);
  }
}
