package dev.kaizen.agent.model;

import dev.langchain4j.http.client.HttpClientBuilder;
import java.time.Duration;
import java.util.Objects;

/**
 * What a {@link ModelProvider} builds a client from. Nothing is opened or sent until the client's
 * first {@link Attempt#send}.
 *
 * @param model the model's name at the provider
 * @param baseUrl where the provider is served, already checked and normalised ({@link
 *     ModelProvider#normalizeBaseUrl})
 * @param key the API key, which may be unset where the provider does not need one
 * @param connectTimeout how long to wait for a connection
 * @param timeout how long to wait for one whole answer
 */
public record Connection(
    String model, String baseUrl, ApiKey key, Duration connectTimeout, Duration timeout) {

  public Connection {
    Objects.requireNonNull(model, "model");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(timeout, "timeout");
  }

  /** Kaizen's HTTP client for a LangChain4j model: these timeouts, the key scrubbed from errors. */
  HttpClientBuilder http() {
    return new WireClientBuilder(connectTimeout, timeout, key);
  }
}
