package dev.kaizen.agent.model;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * One answered chat: the answer and what it took, for the proposer, the budget and the ledger.
 *
 * @param text the answer's text (empty when the provider returned none, e.g. when it was filtered)
 * @param inputTokens prompt tokens as the provider reported them; empty when it reported none
 * @param outputTokens answer tokens as the provider reported them; empty when it reported none
 * @param finishReason why the model stopped
 * @param duration wall time from the first attempt to the answer, waits between retries included
 * @param attempts how many requests were sent (1 when the first one was answered)
 * @param provider the provider's name
 * @param model the model's name as configured
 * @param baseUrl the endpoint that answered
 */
public record Exchange(
    String text,
    OptionalInt inputTokens,
    OptionalInt outputTokens,
    FinishReason finishReason,
    Duration duration,
    int attempts,
    String provider,
    String model,
    String baseUrl) {

  public Exchange {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(inputTokens, "inputTokens");
    Objects.requireNonNull(outputTokens, "outputTokens");
    Objects.requireNonNull(finishReason, "finishReason");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(baseUrl, "baseUrl");
    if (attempts < 1)
      throw new IllegalArgumentException("attempts must be at least 1, not " + attempts);
    if (duration.isNegative()) throw new IllegalArgumentException("duration must not be negative");
  }

  /** Input and output tokens together (what the provider reported; 0 for what it did not). */
  public long totalTokens() {
    return (long) inputTokens.orElse(0) + outputTokens.orElse(0);
  }

  /** True when the answer was cut off by the output token limit. */
  public boolean truncated() {
    return finishReason == FinishReason.LENGTH;
  }
}
