package dev.kaizen.evals;

/** Which way a metric improves. */
public enum Direction {
  LOWER,
  HIGHER;

  /**
   * {@code ln(baseline/candidate)} oriented so that a positive value means the candidate is better.
   */
  public double orientedLogRatio(double baseline, double candidate) {
    double lr = Math.log(baseline / candidate);
    return this == LOWER ? lr : -lr;
  }

  /** Reads {@code lower} or {@code higher}. */
  public static Direction parse(String text) {
    return switch (text) {
      case "lower" -> LOWER;
      case "higher" -> HIGHER;
      default -> throw new IllegalArgumentException("expected lower or higher, not '" + text + "'");
    };
  }

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
