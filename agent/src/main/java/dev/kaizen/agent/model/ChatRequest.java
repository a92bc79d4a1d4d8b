package dev.kaizen.agent.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What to ask a model: a system message and a conversation that starts and ends with the user. A
 * first request has one user turn; a repair round appends the model's answer and the user's
 * feedback ({@link #followUp}).
 *
 * @param system the system message (may be empty)
 * @param turns the conversation, alternating user and assistant, first and last from the user
 * @param maxOutputTokens the most tokens the answer may have
 * @param temperature sampling temperature (0 to 2), or empty to leave it to the provider (some
 *     reasoning models accept no other)
 */
public record ChatRequest(
    String system, List<Turn> turns, int maxOutputTokens, OptionalDouble temperature) {

  /** Who said a turn. */
  public enum Role {
    USER,
    ASSISTANT
  }

  /** One message of the conversation. */
  public record Turn(Role role, String text) {
    public Turn {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(text, "text");
      if (text.isBlank())
        throw new IllegalArgumentException(
            "a " + role.name().toLowerCase() + " turn must not be empty");
    }

    public static Turn user(String text) {
      return new Turn(Role.USER, text);
    }

    public static Turn assistant(String text) {
      return new Turn(Role.ASSISTANT, text);
    }
  }

  public ChatRequest {
    Objects.requireNonNull(system, "system");
    Objects.requireNonNull(temperature, "temperature");
    turns = List.copyOf(turns);
    if (turns.isEmpty()) throw new IllegalArgumentException("a chat needs at least one user turn");
    for (int i = 0; i < turns.size(); i++) {
      Role expected = i % 2 == 0 ? Role.USER : Role.ASSISTANT;
      if (turns.get(i).role() != expected) {
        throw new IllegalArgumentException(
            "turn "
                + (i + 1)
                + " must be from the "
                + expected.name().toLowerCase()
                + " (turns alternate, user first)");
      }
    }
    if (turns.get(turns.size() - 1).role() != Role.USER) {
      throw new IllegalArgumentException("the last turn must be from the user");
    }
    if (maxOutputTokens <= 0)
      throw new IllegalArgumentException(
          "maxOutputTokens must be positive, not " + maxOutputTokens);
    if (temperature.isPresent()
        && !(temperature.getAsDouble() >= 0 && temperature.getAsDouble() <= 2)) {
      throw new IllegalArgumentException(
          "temperature must be between 0 and 2, not " + temperature.getAsDouble());
    }
  }

  /** A first request: one system and one user message. */
  public static ChatRequest of(
      String system, String user, int maxOutputTokens, double temperature) {
    return new ChatRequest(
        system, List.of(Turn.user(user)), maxOutputTokens, OptionalDouble.of(temperature));
  }

  /**
   * The next round: this conversation, the model's {@code answer} to it, and the user's {@code
   * reply}.
   */
  public ChatRequest followUp(String answer, String reply) {
    List<Turn> next = new ArrayList<>(turns);
    next.add(Turn.assistant(answer));
    next.add(Turn.user(reply));
    return new ChatRequest(system, next, maxOutputTokens, temperature);
  }

  /** The same request without a temperature. */
  public ChatRequest withoutTemperature() {
    return new ChatRequest(system, turns, maxOutputTokens, OptionalDouble.empty());
  }

  /** The same request with at most {@code maxOutputTokens} tokens of answer. */
  public ChatRequest withMaxOutputTokens(int maxOutputTokens) {
    return new ChatRequest(system, turns, maxOutputTokens, temperature);
  }
}
