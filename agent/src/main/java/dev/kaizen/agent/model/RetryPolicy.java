package dev.kaizen.agent.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How often and how patiently to retry a request that failed for a reason that may pass (HTTP 429,
 * 5xx, a timeout, a server not reachable yet).
 *
 * <p>The wait before attempt {@code n + 1} is {@code initialDelay · 2^(n-1)}, capped at {@code
 * maxDelay}, less up to half of it at random (jitter, so that many clients do not retry in step).
 * When the provider says how long to wait ({@code Retry-After}), that wait is used instead; if it
 * is longer than {@code maxDelay}, Kaizen gives up rather than retrying too early.
 *
 * @param maxAttempts requests sent at most, the first included (1 means no retry)
 * @param initialDelay the wait after the first failure, before jitter
 * @param maxDelay the longest single wait
 */
public record RetryPolicy(int maxAttempts, Duration initialDelay, Duration maxDelay) {

  /** 4 attempts, waiting about 1 s, 2 s and 4 s; at most 60 s at a time. */
  public static final RetryPolicy DEFAULT =
      new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(60));

  /** The share of a backoff wait that jitter may take off. */
  static final double JITTER = 0.5;

  public RetryPolicy {
    Objects.requireNonNull(initialDelay, "initialDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (maxAttempts < 1)
      throw new IllegalArgumentException("maxAttempts must be at least 1, not " + maxAttempts);
    if (initialDelay.isNegative())
      throw new IllegalArgumentException("initialDelay must not be negative");
    if (maxDelay.compareTo(initialDelay) < 0)
      throw new IllegalArgumentException("maxDelay must not be shorter than initialDelay");
  }

  /** This policy with {@code attempts} attempts at most. */
  public RetryPolicy withMaxAttempts(int attempts) {
    return new RetryPolicy(attempts, initialDelay, maxDelay);
  }

  /**
   * The wait after failed attempt {@code attempt} (1-based).
   *
   * @param retryAfter what the provider asked for, if it did
   * @param random a number in [0, 1) that picks the jitter
   * @return the wait, or empty when the provider asked for more than {@link #maxDelay()}
   */
  Optional<Duration> delayAfter(int attempt, Optional<Duration> retryAfter, double random) {
    if (retryAfter.isPresent()) {
      Duration asked = retryAfter.get();
      return asked.compareTo(maxDelay) > 0 ? Optional.empty() : Optional.of(asked);
    }
    Duration base = initialDelay;
    for (int i = 1; i < attempt && base.compareTo(maxDelay) < 0; i++) {
      base = base.multipliedBy(2);
    }
    if (base.compareTo(maxDelay) > 0) base = maxDelay;
    long nanos = base.toNanos();
    return Optional.of(Duration.ofNanos(nanos - (long) (nanos * JITTER * random)));
  }
}
