package dev.kaizen.agent.api;

import java.util.List;
import java.util.Objects;

/**
 * What {@link Kaizen#calibrate} measures.
 *
 * @param rev the revision run on both sides (ignored for the fixture)
 * @param trials A/A trials, at least 1
 * @param powerTrials trials per planted level; 0 runs none
 * @param levels the planted improvements, each in (0, 1)
 * @param fixture calibrate on Kaizen's own CPU-bound fixture (a fresh repository in a temporary
 *     folder) instead of the repository
 */
public record CalibrateRequest(
    String rev, int trials, int powerTrials, List<Double> levels, boolean fixture) {

  public CalibrateRequest {
    Objects.requireNonNull(rev, "rev");
    levels = List.copyOf(levels);
    if (trials < 1) throw new IllegalArgumentException("trials must be at least 1, not " + trials);
    if (powerTrials < 0)
      throw new IllegalArgumentException("power trials must not be negative, not " + powerTrials);
    for (double l : levels) {
      if (!(l > 0 && l < 1))
        throw new IllegalArgumentException("a planted improvement must be in (0, 1), not " + l);
    }
  }
}
