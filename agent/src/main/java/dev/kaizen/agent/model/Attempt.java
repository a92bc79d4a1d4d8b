package dev.kaizen.agent.model;

import java.util.Objects;
import java.util.OptionalInt;

/** One request to a provider, without retries: it answers or throws whatever the library threw. */
@FunctionalInterface
interface Attempt {

  Answer send(ChatRequest request);

  /** What one successful attempt returned. */
  record Answer(String text, OptionalInt inputTokens, OptionalInt outputTokens, FinishReason finishReason) {
    public Answer {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(inputTokens, "inputTokens");
      Objects.requireNonNull(outputTokens, "outputTokens");
      Objects.requireNonNull(finishReason, "finishReason");
    }
  }
}
