package dev.kaizen.agent.model;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A client of one model at one provider, as {@link ModelProvider#connect} builds it: each {@link
 * #send} is one request, without retries, that answers or throws whatever the provider's library
 * threw. Kaizen's {@link ModelClient} retries around it and turns what was thrown into a message
 * that names the provider and never the key: it finds an HTTP status in LangChain4j's {@code
 * HttpException}, and timeouts and network failures in the JDK's exceptions, anywhere in the cause
 * chain; anything else counts as unexpected and is not retried.
 */
@FunctionalInterface
public interface Attempt {

  /** Sends {@code request} once and waits for the whole answer. */
  Answer send(ChatRequest request);

  /**
   * What one successful attempt returned.
   *
   * @param text the answer's text, empty when there was none
   * @param inputTokens prompt tokens as the provider reported them, if it did
   * @param outputTokens answer tokens as the provider reported them, if it did
   * @param finishReason why the model stopped
   */
  record Answer(
      String text, OptionalInt inputTokens, OptionalInt outputTokens, FinishReason finishReason) {
    public Answer {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(inputTokens, "inputTokens");
      Objects.requireNonNull(outputTokens, "outputTokens");
      Objects.requireNonNull(finishReason, "finishReason");
    }
  }
}
