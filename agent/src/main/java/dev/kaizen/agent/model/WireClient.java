package dev.kaizen.agent.model;

import dev.langchain4j.http.client.HttpClient;
import dev.langchain4j.http.client.HttpRequest;
import dev.langchain4j.http.client.SuccessfulHttpResponse;
import dev.langchain4j.http.client.sse.ServerSentEventListener;
import dev.langchain4j.http.client.sse.ServerSentEventParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

/**
 * The HTTP client under every LangChain4j model Kaizen builds: the JDK's client, HTTP/1.1, no
 * logging. Unlike LangChain4j's own it keeps the response headers of a failed request (as a {@link
 * ProviderHttpException}), so that Kaizen's retries can honour {@code Retry-After}, and it scrubs
 * the API key from every response body it passes on. Streaming is not supported: Kaizen waits for
 * whole answers.
 */
final class WireClient implements HttpClient {

  /** Headers the JDK client sets itself and refuses to be given. */
  private static final Set<String> RESTRICTED =
      Set.of("connection", "content-length", "expect", "host", "upgrade");

  private final java.net.http.HttpClient http;
  private final Duration timeout;
  private final ApiKey key;

  WireClient(Duration connectTimeout, Duration timeout, ApiKey key) {
    this.http =
        java.net.http.HttpClient.newBuilder()
            .version(java.net.http.HttpClient.Version.HTTP_1_1)
            .connectTimeout(connectTimeout)
            .build();
    this.timeout = timeout;
    this.key = key;
  }

  @Override
  public SuccessfulHttpResponse execute(HttpRequest request) {
    HttpResponse<String> response = send(request);
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      return SuccessfulHttpResponse.builder()
          .statusCode(status)
          .headers(response.headers().map())
          .body(response.body())
          .build();
    }
    throw new ProviderHttpException(status, key.redact(response.body()), response.headers().map());
  }

  @Override
  public void execute(
      HttpRequest request, ServerSentEventParser parser, ServerSentEventListener listener) {
    listener.onError(
        new UnsupportedOperationException("Kaizen's model client does not stream answers"));
  }

  private HttpResponse<String> send(HttpRequest request) {
    java.net.http.HttpRequest.Builder b =
        java.net.http.HttpRequest.newBuilder(URI.create(request.url())).timeout(timeout);
    request
        .headers()
        .forEach(
            (name, values) -> {
              if (!RESTRICTED.contains(name.toLowerCase(Locale.ROOT)))
                values.forEach(v -> b.header(name, v));
            });
    b.method(
        request.method().name(),
        request.body() == null
            ? java.net.http.HttpRequest.BodyPublishers.noBody()
            : java.net.http.HttpRequest.BodyPublishers.ofString(request.body()));
    try {
      return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(key.redact(String.valueOf(e.getMessage())), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(
          "interrupted while waiting for " + key.redact(request.url()), e);
    }
  }

  @Override
  public String toString() {
    return "WireClient[timeout " + timeout + "]";
  }
}
