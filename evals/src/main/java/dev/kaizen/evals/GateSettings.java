package dev.kaizen.evals;

/**
 * How strict the gate is.
 *
 * @param alpha the one-sided significance level of the Wilcoxon signed-rank test
 * @param minEffect τ: the smallest relative improvement worth accepting (0.01 = 1%)
 * @param minPairs pairs measured before the first decision
 * @param maxPairs the most pairs ever measured for one candidate
 * @param guardMaxRegression the largest relative regression a guard metric may show
 * @param screenPairs in a batch of candidates, the pairs each is measured in to choose which are
 *     confirmed; these pairs never count towards a decision
 * @param confirm in a batch, how many candidates (the best screened) are confirmed with fresh pairs
 */
public record GateSettings(
    double alpha,
    double minEffect,
    int minPairs,
    int maxPairs,
    double guardMaxRegression,
    int screenPairs,
    int confirm) {

  public static final GateSettings DEFAULT = new GateSettings(0.01, 0.01, 10, 40, 0.02);

  /** The default number of screening pairs per candidate in a batch. */
  public static final int DEFAULT_SCREEN_PAIRS = 4;

  /** The default number of candidates a batch confirms. */
  public static final int DEFAULT_CONFIRM = 2;

  public GateSettings {
    if (!(alpha > 0 && alpha < 0.5))
      throw new IllegalArgumentException("alpha must be in (0, 0.5): " + alpha);
    if (!(minEffect >= 0 && minEffect < 1))
      throw new IllegalArgumentException("min-effect must be in [0, 1): " + minEffect);
    if (minPairs < 2)
      throw new IllegalArgumentException("pairs.min must be at least 2: " + minPairs);
    if (maxPairs < minPairs)
      throw new IllegalArgumentException(
          "pairs.max (" + maxPairs + ") is below pairs.min (" + minPairs + ")");
    if (!(guardMaxRegression >= 0))
      throw new IllegalArgumentException(
          "guard-max-regression must not be negative: " + guardMaxRegression);
    if (screenPairs < 2)
      throw new IllegalArgumentException("batch.screen-pairs must be at least 2: " + screenPairs);
    if (confirm < 1)
      throw new IllegalArgumentException("batch.confirm must be at least 1: " + confirm);
  }

  /** These settings testing at another significance level (a session's share of α). */
  public GateSettings atLevel(double level) {
    return new GateSettings(
        level, minEffect, minPairs, maxPairs, guardMaxRegression, screenPairs, confirm);
  }

  /** Settings with the default batch screening. */
  public GateSettings(
      double alpha, double minEffect, int minPairs, int maxPairs, double guardMaxRegression) {
    this(
        alpha,
        minEffect,
        minPairs,
        maxPairs,
        guardMaxRegression,
        DEFAULT_SCREEN_PAIRS,
        DEFAULT_CONFIRM);
  }
}
