package dev.kaizen.agent.propose;

import java.util.Objects;

/**
 * What the session tries to achieve, in the user's words.
 *
 * @param text for example "make the benchmark faster"; never blank
 */
public record Goal(String text) {

  public static final Goal DEFAULT =
      new Goal("make the target metrics better without breaking a test");

  public Goal {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) throw new IllegalArgumentException("a goal must not be blank");
  }
}
