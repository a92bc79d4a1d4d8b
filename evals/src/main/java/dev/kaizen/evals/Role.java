package dev.kaizen.evals;

/** What a measurement is for in the gate. */
public enum Role {
  /** Must pass on the candidate (tests). */
  GATE,
  /** What Kaizen tries to improve. */
  TARGET,
  /** Must not regress beyond {@code guard-max-regression}. */
  GUARD;

  /** Reads {@code gate}, {@code target} or {@code guard}. */
  public static Role parse(String text) {
    return switch (text) {
      case "gate" -> GATE;
      case "target" -> TARGET;
      case "guard" -> GUARD;
      default ->
          throw new IllegalArgumentException("expected gate, target or guard, not '" + text + "'");
    };
  }

  /** Reads a metric's role: {@code target} or {@code guard}. */
  public static Role parseMetricRole(String text) {
    Role role = parse(text);
    if (role == GATE) throw new IllegalArgumentException("a metric's role is target or guard");
    return role;
  }

  public String id() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
