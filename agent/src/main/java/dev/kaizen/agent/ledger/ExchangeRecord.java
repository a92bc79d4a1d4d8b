package dev.kaizen.agent.ledger;

import java.util.List;
import java.util.Objects;

/**
 * One request to a model and its answer, as the ledger keeps it ({@code exchanges.jsonl}) and a
 * replay serves it again. Holds no API key: keys never enter requests.
 *
 * @param iteration the iteration it was made for
 * @param round 1 for the first request of an iteration, 2 and up for repair rounds
 * @param template the id and content hash of the template of the last user turn ({@code
 *     repair@sha256:…})
 * @param system the system message
 * @param turns the conversation sent, alternating user and assistant, last from the user
 * @param requestHash a hash of the system message and turns, to tell whether a replay asks the same
 * @param answer the model's answer
 * @param inputTokens prompt tokens (as reported by the provider, else as counted)
 * @param outputTokens answer tokens (as reported by the provider, else as counted)
 * @param costUsd what the exchange cost at the configured prices
 * @param durationMillis wall time, retries included
 * @param attempts requests sent (more than 1 after retries)
 * @param provider the provider's name
 * @param model the model's name
 * @param finishReason why the model stopped ({@code stop}, {@code length}, …)
 */
public record ExchangeRecord(
    int iteration,
    int round,
    String template,
    String system,
    List<Message> turns,
    String requestHash,
    String answer,
    long inputTokens,
    long outputTokens,
    double costUsd,
    long durationMillis,
    int attempts,
    String provider,
    String model,
    String finishReason) {

  /** One message of a conversation. */
  public record Message(String role, String text) {
    public Message {
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(text, "text");
    }
  }

  public ExchangeRecord {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(system, "system");
    turns = List.copyOf(turns);
    Objects.requireNonNull(requestHash, "requestHash");
    Objects.requireNonNull(answer, "answer");
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(finishReason, "finishReason");
  }
}
