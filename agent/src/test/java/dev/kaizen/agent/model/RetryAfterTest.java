package dev.kaizen.agent.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RetryAfterTest {

  private final Clock clock = Clock.fixed(Instant.parse("2025-05-01T10:00:00Z"), ZoneOffset.UTC);

  @Test
  void reads_delay_seconds() {
    assertThat(RetryAfter.parse("7", clock)).hasValue(Duration.ofSeconds(7));
    assertThat(RetryAfter.parse(" 0 ", clock)).hasValue(Duration.ZERO);
    assertThat(RetryAfter.parse("1.5", clock)).hasValue(Duration.ofMillis(1500));
  }

  @Test
  void reads_an_http_date_against_the_clock() {
    assertThat(RetryAfter.parse("Thu, 01 May 2025 10:00:42 GMT", clock))
        .hasValue(Duration.ofSeconds(42));
  }

  @Test
  void a_date_in_the_past_means_no_wait() {
    assertThat(RetryAfter.parse("Thu, 01 May 2025 09:59:00 GMT", clock)).hasValue(Duration.ZERO);
  }

  @Test
  void ignores_what_it_cannot_read() {
    assertThat(RetryAfter.parse("soon", clock)).isEmpty();
    assertThat(RetryAfter.parse("-3", clock)).isEmpty();
  }

  @Test
  void prefers_openais_milliseconds_header_and_ignores_header_case() {
    ProviderHttpException both =
        new ProviderHttpException(
            429, "{}", Map.of("Retry-After", List.of("2"), "retry-after-ms", List.of("1250")));
    ProviderHttpException upper =
        new ProviderHttpException(429, "{}", Map.of("RETRY-AFTER", List.of("3")));

    assertThat(RetryAfter.of(both, clock)).hasValue(Duration.ofMillis(1250));
    assertThat(RetryAfter.of(upper, clock)).hasValue(Duration.ofSeconds(3));
  }
}
