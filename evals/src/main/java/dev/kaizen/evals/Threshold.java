package dev.kaizen.evals;

import java.util.Objects;

/**
 * τ, the smallest improvement the gate accepts, as a relative effect ({@code 0.01} = 1%), and where
 * it came from.
 *
 * @param effect the relative effect
 * @param source {@code min-effect}, or the calibration whose A/A noise floor it is
 */
public record Threshold(double effect, String source) {

  public Threshold {
    Objects.requireNonNull(source, "source");
    if (!(effect >= 0 && effect < 1))
      throw new IllegalArgumentException("a threshold must be in [0, 1): " + effect);
  }

  /** τ in log space: {@code ln(1 + effect)}. */
  public double log() {
    return Math.log1p(effect);
  }

  /**
   * The configured {@code min-effect}, or the measured A/A noise floor when that is larger: an
   * improvement smaller than what identical revisions show by chance is not worth accepting.
   */
  public static Threshold of(double minEffect, java.util.Optional<NoiseFloor> floor) {
    if (floor.isPresent() && floor.get().effect() > minEffect) {
      return new Threshold(floor.get().effect(), "A/A noise floor (" + floor.get().source() + ")");
    }
    return new Threshold(minEffect, "min-effect");
  }
}
