package dev.kaizen.agent.model;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * How a {@link ModelClient} behaves on the wire: retries, timeouts, and the clock, sleeper and
 * randomness it uses (so tests need not wait).
 *
 * @param retry when and how long to retry
 * @param connectTimeout how long to wait for a connection
 * @param timeout how long to wait for one whole answer
 * @param sleeper waits between attempts
 * @param clock reads the time, for {@code Retry-After} dates
 * @param jitter numbers in [0, 1) that pick the jitter of each backoff wait
 */
public record ClientOptions(
    RetryPolicy retry,
    Duration connectTimeout,
    Duration timeout,
    Sleeper sleeper,
    Clock clock,
    DoubleSupplier jitter) {

  /** The default retry policy, 10 s to connect, 5 minutes for an answer, real time. */
  public static final ClientOptions DEFAULT =
      new ClientOptions(
          RetryPolicy.DEFAULT,
          Duration.ofSeconds(10),
          Duration.ofMinutes(5),
          Sleeper.system(),
          Clock.systemUTC(),
          () -> ThreadLocalRandom.current().nextDouble());

  public ClientOptions {
    Objects.requireNonNull(retry, "retry");
    Objects.requireNonNull(connectTimeout, "connectTimeout");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(sleeper, "sleeper");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(jitter, "jitter");
    if (connectTimeout.isNegative() || connectTimeout.isZero())
      throw new IllegalArgumentException("connectTimeout must be positive");
    if (timeout.isNegative() || timeout.isZero())
      throw new IllegalArgumentException("timeout must be positive");
  }

  public ClientOptions withRetry(RetryPolicy retry) {
    return new ClientOptions(retry, connectTimeout, timeout, sleeper, clock, jitter);
  }

  /**
   * These options with {@code timeout} for an answer (and for connecting, when that is shorter).
   */
  public ClientOptions withTimeout(Duration timeout) {
    Duration connect = connectTimeout.compareTo(timeout) > 0 ? timeout : connectTimeout;
    return new ClientOptions(retry, connect, timeout, sleeper, clock, jitter);
  }

  public ClientOptions withSleeper(Sleeper sleeper) {
    return new ClientOptions(retry, connectTimeout, timeout, sleeper, clock, jitter);
  }

  public ClientOptions withClock(Clock clock) {
    return new ClientOptions(retry, connectTimeout, timeout, sleeper, clock, jitter);
  }

  public ClientOptions withJitter(DoubleSupplier jitter) {
    return new ClientOptions(retry, connectTimeout, timeout, sleeper, clock, jitter);
  }
}
