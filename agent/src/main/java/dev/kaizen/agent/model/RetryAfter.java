package dev.kaizen.agent.model;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads how long a provider asked to wait: {@code Retry-After} in seconds or as an HTTP date (RFC
 * 9110), or OpenAI's {@code retry-after-ms}.
 */
final class RetryAfter {

  private RetryAfter() {}

  /** The wait {@code failure} asks for, if it asks for one. */
  static Optional<Duration> of(ProviderHttpException failure, Clock clock) {
    Optional<Duration> ms = failure.header("retry-after-ms").flatMap(RetryAfter::millis);
    return ms.isPresent() ? ms : failure.header("retry-after").flatMap(v -> parse(v, clock));
  }

  /** A {@code Retry-After} value: delay seconds or an HTTP date; empty when it is neither. */
  static Optional<Duration> parse(String value, Clock clock) {
    String v = value.strip();
    if (v.matches("\\d+(\\.\\d+)?")) {
      return Optional.of(Duration.ofMillis(new BigDecimal(v).movePointRight(3).longValue()));
    }
    try {
      ZonedDateTime at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME);
      Duration wait = Duration.between(clock.instant(), at.toInstant());
      return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Optional<Duration> millis(String value) {
    String v = value.strip();
    return v.matches("\\d+(\\.\\d+)?")
        ? Optional.of(Duration.ofMillis(new BigDecimal(v).longValue()))
        : Optional.empty();
  }
}
