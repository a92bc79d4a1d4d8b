package dev.kaizen.evals;

import java.util.Objects;

/**
 * Whether one side's target metric held steady across the pairs: a Mann–Kendall test for a monotone
 * trend over measurement order, and Sen's slope for its size.
 *
 * @param metric the target metric
 * @param side {@code baseline} or {@code candidate}
 * @param drift the relative change Sen's slope implies from the first usable pair to the last
 *     ({@code -0.04}: the metric fell 4% over the run)
 * @param pValue the two-sided Mann–Kendall p-value
 * @param steady false when the trend is significant at {@link #LEVEL}, the drift is larger than the
 *     threshold τ the gate tests against, and the effect's lower confidence bound less the drift
 *     falls short of τ: a drift that size could fake the effect
 */
public record Steadiness(String metric, String side, double drift, double pValue, boolean steady) {

  /** The level at which a trend makes a metric unsteady. */
  public static final double LEVEL = 0.01;

  public Steadiness {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(side, "side");
  }
}
