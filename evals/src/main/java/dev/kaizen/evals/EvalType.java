package dev.kaizen.evals;

/** How an eval's output is read. */
public enum EvalType {
  /** Runs the command, then reads Surefire XML reports ({@code **}/target/surefire-reports/TEST-*.xml). */
  JUNIT,
  /** The command's last stdout line is a JSON object of metrics. */
  COMMAND;

  /** Reads {@code junit} or {@code command}. */
  public static EvalType parse(String text) {
    return switch (text) {
      case "junit" -> JUNIT;
      case "command" -> COMMAND;
      default -> throw new IllegalArgumentException("unknown eval type '" + text + "' (expected junit or command)");
    };
  }

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
