package dev.kaizen.agent.model;

/**
 * A chat model behind one provider's API: Kaizen sends a conversation and gets one answer back.
 *
 * <p>Implementations retry what is worth retrying (rate limits, server errors, timeouts, a server
 * that is not up yet) and then either answer or throw:
 *
 * <ul>
 *   <li>{@link dev.kaizen.agent.EnvironmentException} when the provider cannot be used: the API key
 *       is missing or refused, the server stays unreachable, overloaded or rate limited;
 *   <li>{@link ModelRequestException} (a usage error) when the provider rejects the request itself,
 *       for example an unknown model name or a wrong base URL.
 * </ul>
 *
 * <p>No message of either ever contains the API key. Clients are safe to share between threads.
 */
public interface ModelClient {

  /**
   * Sends {@code request} and waits for the whole answer.
   *
   * @return the answer with what it cost and how it was obtained
   */
  Exchange chat(ChatRequest request);

  /** The provider's name, as {@code model.provider} gives it ({@link ModelProvider#name()}). */
  String provider();

  /** The model's name at the provider. */
  String model();

  /** The endpoint this client talks to. */
  String baseUrl();
}
