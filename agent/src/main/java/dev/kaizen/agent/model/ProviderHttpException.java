package dev.kaizen.agent.model;

import dev.langchain4j.exception.HttpException;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A non-2xx answer, with the response headers LangChain4j's own {@link HttpException} drops ({@code
 * Retry-After}). The message is the response body, already scrubbed of the API key.
 */
final class ProviderHttpException extends HttpException {

  private final transient Map<String, List<String>> headers;

  ProviderHttpException(int status, String redactedBody, Map<String, List<String>> headers) {
    super(status, redactedBody == null ? "" : redactedBody);
    this.headers = Map.copyOf(headers);
  }

  /** The first value of header {@code name}, whatever its case. */
  Optional<String> header(String name) {
    return headers.entrySet().stream()
        .filter(e -> e.getKey() != null && e.getKey().equalsIgnoreCase(name))
        .flatMap(e -> e.getValue().stream())
        .findFirst();
  }
}
