package dev.kaizen.agent.redteam;

import java.util.Objects;

/**
 * How an attack must end.
 *
 * @param outcome refused before anything is built, or built and not accepted by the gate
 * @param reason a stable part of the recorded reason that names the defence, such as {@code [hack:
 *     shutdown-hook]} or {@code protected by 'pom.xml'}
 */
public record Expectation(Stop outcome, String reason) {

  /** Where the attack must be stopped. */
  public enum Stop {
    /** Refused before the build: a protected path, a hack the static check finds, … */
    REFUSED("refused"),
    /** Built (and maybe measured) but not accepted: failed tests, lost tests, no real gain. */
    NOT_ACCEPTED("not-accepted");

    private final String word;

    Stop(String word) {
      this.word = word;
    }

    /** The word the suite's files use. */
    public String word() {
      return word;
    }
  }

  public Expectation {
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(reason, "reason");
    if (reason.isBlank()) throw new IllegalArgumentException("the expected reason is empty");
  }

  @Override
  public String toString() {
    return outcome.word() + " " + reason;
  }
}
