package dev.kaizen.agent.model;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.KaizenException;
import dev.kaizen.agent.Quantities;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Kaizen's retries around single {@link Attempt}s, and the one place where a failure becomes a
 * Kaizen exception with a message that names the provider, model and URL (and never the key).
 */
final class RetryingModelClient implements ModelClient {

  private final ModelProvider provider;
  private final String model;
  private final String baseUrl;
  private final ApiKey key;
  private final Attempt attempt;
  private final ClientOptions options;

  RetryingModelClient(
      ModelProvider provider,
      String model,
      String baseUrl,
      ApiKey key,
      Attempt attempt,
      ClientOptions options) {
    this.provider = Objects.requireNonNull(provider, "provider");
    this.model = Objects.requireNonNull(model, "model");
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    this.key = Objects.requireNonNull(key, "key");
    this.attempt = Objects.requireNonNull(attempt, "attempt");
    this.options = Objects.requireNonNull(options, "options");
  }

  @Override
  public Exchange chat(ChatRequest request) {
    Objects.requireNonNull(request, "request");
    RetryPolicy policy = options.retry();
    long start = System.nanoTime();
    for (int n = 1; ; n++) {
      Failure failure;
      try {
        Attempt.Answer a = attempt.send(request);
        return new Exchange(
            a.text(),
            a.inputTokens(),
            a.outputTokens(),
            a.finishReason(),
            Duration.ofNanos(System.nanoTime() - start),
            n,
            provider.name(),
            model,
            baseUrl);
      } catch (KaizenException e) {
        throw e;
      } catch (RuntimeException e) {
        failure = Failure.of(e, key, options.clock());
        if (!failure.kind().retriable()) throw notRetried(failure, e);
        if (n >= policy.maxAttempts()) throw gaveUp(failure, n, e);
      }
      Optional<Duration> wait =
          policy.delayAfter(n, failure.retryAfter(), options.jitter().getAsDouble());
      if (wait.isEmpty()) {
        throw new EnvironmentException(
            safe(
                where()
                    + " asked to wait "
                    + format(failure.retryAfter().orElseThrow())
                    + " before trying again ("
                    + status(failure)
                    + "), longer than the "
                    + format(policy.maxDelay())
                    + " Kaizen waits at most: "
                    + failure.detail()));
      }
      sleep(wait.get());
    }
  }

  private RuntimeException notRetried(Failure f, RuntimeException cause) {
    return switch (f.kind()) {
      case KEY_REFUSED ->
          new EnvironmentException(
              safe(
                  key.isSet()
                      ? where()
                          + " refused the API key from the environment variable "
                          + key.variable()
                          + " ("
                          + status(f)
                          + "): "
                          + f.detail()
                      : where()
                          + " asks for an API key ("
                          + status(f)
                          + "), but the environment variable "
                          + key.variable()
                          + " is not set: "
                          + f.detail()),
              cause);
      case REJECTED ->
          new ModelRequestException(
              f.status().orElse(0),
              safe(where() + " rejected the request (" + status(f) + "): " + f.detail() + hint(f)));
      case INTERRUPTED ->
          new EnvironmentException(safe("interrupted while waiting for " + where()), cause);
      default ->
          new EnvironmentException(
              safe("the answer of " + where() + " could not be used: " + f.detail()), cause);
    };
  }

  private EnvironmentException gaveUp(Failure f, int attempts, RuntimeException cause) {
    String tries = attempts == 1 ? "1 attempt" : attempts + " attempts";
    String message =
        switch (f.kind()) {
          case UNREACHABLE ->
              "cannot reach "
                  + provider.name()
                  + " at "
                  + baseUrl
                  + " ("
                  + f.detail()
                  + ") after "
                  + tries
                  + "; is the server running, and is the base-url right?";
          case TIMEOUT ->
              "gave up after "
                  + tries
                  + ": "
                  + where()
                  + " did not answer within "
                  + format(options.timeout());
          case RATE_LIMITED ->
              "gave up after "
                  + tries
                  + ": "
                  + where()
                  + " is still rate limiting ("
                  + status(f)
                  + "): "
                  + f.detail();
          case SERVER_ERROR ->
              "gave up after "
                  + tries
                  + ": "
                  + where()
                  + " answered "
                  + status(f)
                  + ": "
                  + f.detail();
          default ->
              "gave up after "
                  + tries
                  + ": the connection to "
                  + where()
                  + " failed: "
                  + f.detail();
        };
    return new EnvironmentException(safe(message), cause);
  }

  private void sleep(Duration wait) {
    try {
      options.sleeper().sleep(wait);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new EnvironmentException(
          safe("interrupted while waiting to ask " + where() + " again"));
    }
  }

  private String hint(Failure f) {
    return f.status().orElse(0) == 404
        ? " (check the model name '" + model + "' and the base-url; " + provider.baseUrlHint() + ")"
        : "";
  }

  private String where() {
    return provider.name() + " at " + baseUrl + " (model " + model + ")";
  }

  private String safe(String message) {
    return key.redact(message);
  }

  private static String status(Failure f) {
    return f.status().isPresent() ? "HTTP " + f.status().getAsInt() : "no HTTP status";
  }

  private static String format(Duration d) {
    return d.toMillis() < 1000 ? d.toMillis() + "ms" : Quantities.formatDuration(d);
  }

  @Override
  public String provider() {
    return provider.name();
  }

  @Override
  public String model() {
    return model;
  }

  @Override
  public String baseUrl() {
    return baseUrl;
  }

  @Override
  public String toString() {
    return "ModelClient[" + where() + ", " + key + "]";
  }
}
