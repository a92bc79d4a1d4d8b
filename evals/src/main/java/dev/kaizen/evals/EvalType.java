package dev.kaizen.evals;

/** How an eval's output is read. */
public enum EvalType {
  /** Runs the command, then reads Surefire XML reports ({@code **}/target/surefire-reports/TEST-*.xml). */
  JUNIT,
  /** The command's last stdout line is a JSON object of metrics. */
  COMMAND,
  /**
   * The command runs JMH and writes its JSON results ({@code -rf json -rff {out}}) to the file
   * Kaizen substitutes for {@code {out}}; every benchmark is a metric, one score per fork.
   */
  JMH;

  /** Reads {@code junit}, {@code command} or {@code jmh}. */
  public static EvalType parse(String text) {
    return switch (text) {
      case "junit" -> JUNIT;
      case "command" -> COMMAND;
      case "jmh" -> JMH;
      default -> throw new IllegalArgumentException("unknown eval type '" + text + "' (expected junit, command or jmh)");
    };
  }

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
