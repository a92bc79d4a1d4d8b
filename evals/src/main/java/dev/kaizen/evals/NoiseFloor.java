package dev.kaizen.evals;

import java.util.Objects;

/**
 * The A/A noise floor measured by {@code kaizen calibrate}: the relative effect that comparisons of
 * a revision with itself exceed only 5% of the time (the 95th percentile of their absolute
 * Hodges–Lehmann estimates).
 *
 * @param effect the relative effect ({@code 0.012} = 1.2%)
 * @param source which calibration measured it, for reasons ("calibrated 2026-11-27, 100 A/A
 *     trials")
 */
public record NoiseFloor(double effect, String source) {

  public NoiseFloor {
    Objects.requireNonNull(source, "source");
    if (!(effect >= 0 && effect < 1))
      throw new IllegalArgumentException("a noise floor must be in [0, 1): " + effect);
  }
}
