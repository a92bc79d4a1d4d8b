package dev.kaizen.agent.model;

import dev.langchain4j.exception.HttpException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeoutException;

/**
 * What went wrong with one attempt, read from whatever LangChain4j threw (the cause chain is
 * searched, since LangChain4j wraps the HTTP client's exceptions in its own).
 *
 * @param kind what kind of failure, which decides whether it is retried
 * @param status the HTTP status, when there was an answer
 * @param retryAfter the wait the provider asked for, if it did
 * @param detail one line for a message, already free of the API key
 */
record Failure(Kind kind, OptionalInt status, Optional<Duration> retryAfter, String detail) {

  enum Kind {
    RATE_LIMITED(true),
    SERVER_ERROR(true),
    TIMEOUT(true),
    UNREACHABLE(true),
    NETWORK(true),
    KEY_REFUSED(false),
    REJECTED(false),
    INTERRUPTED(false),
    UNEXPECTED(false);

    private final boolean retriable;

    Kind(boolean retriable) {
      this.retriable = retriable;
    }

    boolean retriable() {
      return retriable;
    }
  }

  Failure {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(retryAfter, "retryAfter");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * Classifies {@code thrown}; {@code key} scrubs the detail, {@code clock} dates {@code
   * Retry-After}.
   */
  static Failure of(Throwable thrown, ApiKey key, Clock clock) {
    ProviderHttpException withHeaders = find(thrown, ProviderHttpException.class);
    if (withHeaders != null) {
      return ofStatus(
          withHeaders.statusCode(),
          RetryAfter.of(withHeaders, clock),
          withHeaders.getMessage(),
          key);
    }
    HttpException http = find(thrown, HttpException.class);
    if (http != null) return ofStatus(http.statusCode(), Optional.empty(), http.getMessage(), key);
    if (find(thrown, InterruptedException.class) != null)
      return of(Kind.INTERRUPTED, "interrupted");
    if (find(thrown, HttpConnectTimeoutException.class) != null)
      return of(Kind.UNREACHABLE, "connecting timed out");
    if (find(thrown, HttpTimeoutException.class) != null
        || find(thrown, TimeoutException.class) != null) {
      return of(Kind.TIMEOUT, "timed out");
    }
    if (find(thrown, ConnectException.class) != null) {
      return of(
          Kind.UNREACHABLE,
          message(find(thrown, ConnectException.class), "connection refused", key));
    }
    if (find(thrown, UnknownHostException.class) != null
        || find(thrown, UnresolvedAddressException.class) != null) {
      return of(Kind.UNREACHABLE, "unknown host");
    }
    if (find(thrown, NoRouteToHostException.class) != null)
      return of(Kind.UNREACHABLE, "no route to host");
    IOException io = find(thrown, IOException.class);
    if (io != null)
      return of(
          Kind.NETWORK,
          io.getClass().getSimpleName() + ": " + message(io, "connection failed", key));
    return of(
        Kind.UNEXPECTED,
        thrown.getClass().getSimpleName() + ": " + message(thrown, "(no message)", key));
  }

  private static Failure ofStatus(
      int status, Optional<Duration> retryAfter, String body, ApiKey key) {
    String detail = ErrorDetail.of(key.redact(body));
    Kind kind;
    if (status == 429) kind = Kind.RATE_LIMITED;
    else if (status == 408) kind = Kind.TIMEOUT;
    else if (status >= 500) kind = Kind.SERVER_ERROR;
    else if (status == 401 || status == 403 || refusesKey(status, body)) kind = Kind.KEY_REFUSED;
    else if (status >= 400) kind = Kind.REJECTED;
    else kind = Kind.UNEXPECTED;
    return new Failure(kind, OptionalInt.of(status), retryAfter, detail);
  }

  /** Gemini answers a wrong key with 400 and reason {@code API_KEY_INVALID}. */
  private static boolean refusesKey(int status, String body) {
    return status == 400
        && body != null
        && (body.contains("API_KEY_INVALID") || body.contains("API key not valid"));
  }

  private static Failure of(Kind kind, String detail) {
    return new Failure(kind, OptionalInt.empty(), Optional.empty(), detail);
  }

  private static String message(Throwable t, String otherwise, ApiKey key) {
    String m = t.getMessage();
    return m == null || m.isBlank() || m.equals("null") ? otherwise : key.redact(m.strip());
  }

  private static <T extends Throwable> T find(Throwable thrown, Class<T> type) {
    int depth = 0;
    for (Throwable t = thrown; t != null && depth < 32; t = t.getCause(), depth++) {
      if (type.isInstance(t)) return type.cast(t);
      if (t.getCause() == t) break;
    }
    return null;
  }
}
