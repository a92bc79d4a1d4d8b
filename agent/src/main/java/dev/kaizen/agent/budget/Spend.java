package dev.kaizen.agent.budget;

/**
 * Tokens and money spent on model calls: one call's, an iteration's or a session's.
 *
 * @param inputTokens prompt tokens
 * @param outputTokens answer tokens
 * @param usd what they cost in US dollars
 */
public record Spend(long inputTokens, long outputTokens, double usd) {

  public static final Spend ZERO = new Spend(0, 0, 0);

  public Spend {
    if (inputTokens < 0)
      throw new IllegalArgumentException("inputTokens must not be negative: " + inputTokens);
    if (outputTokens < 0)
      throw new IllegalArgumentException("outputTokens must not be negative: " + outputTokens);
    if (!(usd >= 0) || Double.isInfinite(usd))
      throw new IllegalArgumentException("usd must not be negative: " + usd);
  }

  /** Prompt and answer tokens together. */
  public long tokens() {
    return inputTokens + outputTokens;
  }

  /** This spend and {@code other} together. */
  public Spend plus(Spend other) {
    return new Spend(
        inputTokens + other.inputTokens, outputTokens + other.outputTokens, usd + other.usd);
  }
}
