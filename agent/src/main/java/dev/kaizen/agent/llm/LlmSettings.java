package dev.kaizen.agent.llm;

/**
 * How the {@code llm} proposer talks to its model.
 *
 * @param maxOutputTokens the most tokens one answer may have (a budget near its end allows fewer)
 * @param temperature sampling temperature
 * @param repairRounds how many times a failed answer (edits that do not apply, parse or build) is
 *     sent back with the reason before the iteration is given up
 * @param contextTokens the hard limit of the first request of an iteration: system message and
 *     prompt together, counted with {@link dev.kaizen.agent.tokens.TokenCounter}
 */
public record LlmSettings(
    int maxOutputTokens, double temperature, int repairRounds, int contextTokens) {

  /**
   * The fewest context tokens that leave room for a file after the system message and the frame.
   */
  static final int MIN_CONTEXT_TOKENS = 2000;

  public LlmSettings {
    if (maxOutputTokens < 1) throw new IllegalArgumentException("maxOutputTokens must be positive");
    if (!(temperature >= 0 && temperature <= 2))
      throw new IllegalArgumentException("temperature must be in [0, 2]");
    if (repairRounds < 0) throw new IllegalArgumentException("repairRounds must not be negative");
    if (contextTokens < MIN_CONTEXT_TOKENS) {
      throw new IllegalArgumentException(
          "the context must allow at least "
              + MIN_CONTEXT_TOKENS
              + " tokens, not "
              + contextTokens);
    }
  }
}
