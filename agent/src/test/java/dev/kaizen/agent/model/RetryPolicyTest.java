package dev.kaizen.agent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  private final RetryPolicy policy =
      new RetryPolicy(6, Duration.ofSeconds(1), Duration.ofSeconds(5));

  @Test
  void doubles_the_wait_after_each_failure_up_to_the_max_delay() {
    assertThat(policy.delayAfter(1, Optional.empty(), 0.0)).hasValue(Duration.ofSeconds(1));
    assertThat(policy.delayAfter(2, Optional.empty(), 0.0)).hasValue(Duration.ofSeconds(2));
    assertThat(policy.delayAfter(3, Optional.empty(), 0.0)).hasValue(Duration.ofSeconds(4));
    assertThat(policy.delayAfter(4, Optional.empty(), 0.0))
        .as("capped")
        .hasValue(Duration.ofSeconds(5));
    assertThat(policy.delayAfter(60, Optional.empty(), 0.0))
        .as("no overflow")
        .hasValue(Duration.ofSeconds(5));
  }

  @Test
  void jitter_takes_off_at_most_half_the_wait() {
    assertThat(policy.delayAfter(2, Optional.empty(), 0.5)).hasValue(Duration.ofMillis(1500));
    assertThat(policy.delayAfter(2, Optional.empty(), 0.999).orElseThrow())
        .isGreaterThan(Duration.ofSeconds(1));
  }

  @Test
  void honours_the_wait_the_provider_asked_for_without_jitter() {
    assertThat(policy.delayAfter(1, Optional.of(Duration.ofSeconds(3)), 0.9))
        .hasValue(Duration.ofSeconds(3));
  }

  @Test
  void gives_up_rather_than_retry_earlier_than_the_provider_asked() {
    assertThat(policy.delayAfter(1, Optional.of(Duration.ofSeconds(30)), 0.0)).isEmpty();
  }

  @Test
  void refuses_settings_that_make_no_sense() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofSeconds(1), Duration.ofSeconds(5)))
        .hasMessageContaining("maxAttempts");
    assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofSeconds(10), Duration.ofSeconds(5)))
        .hasMessageContaining("maxDelay");
  }

  @Test
  void defaults_to_four_attempts() {
    assertThat(RetryPolicy.DEFAULT.maxAttempts()).isEqualTo(4);
  }
}
