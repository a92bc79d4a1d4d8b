package dev.kaizen.agent.model;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpClientBuilder;
import java.time.Duration;

/**
 * Hands LangChain4j a {@link WireClient}. Kaizen owns the timeouts: what a model's builder sets
 * here is ignored, so every provider waits exactly as {@link ClientOptions} says.
 */
final class WireClientBuilder implements HttpClientBuilder {

  private final Duration connectTimeout;
  private final Duration timeout;
  private final ApiKey key;

  WireClientBuilder(Duration connectTimeout, Duration timeout, ApiKey key) {
    this.connectTimeout = connectTimeout;
    this.timeout = timeout;
    this.key = key;
  }

  @Override
  public Duration connectTimeout() {
    return connectTimeout;
  }

  @Override
  public HttpClientBuilder connectTimeout(Duration ignored) {
    return this;
  }

  @Override
  public Duration readTimeout() {
    return timeout;
  }

  @Override
  public HttpClientBuilder readTimeout(Duration ignored) {
    return this;
  }

  @Override
  public HttpClient build() {
    return new WireClient(connectTimeout, timeout, key);
  }
}
