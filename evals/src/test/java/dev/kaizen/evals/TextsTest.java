package dev.kaizen.evals;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class TextsTest {

  @Test
  void effects_read_as_signed_percentages_with_one_decimal_and_a_true_minus_sign() {
    assertThat(Texts.signedPercent(0.25)).isEqualTo("+25.0%");
    assertThat(Texts.signedPercent(-0.004)).isEqualTo("−0.4%");
    assertThat(Texts.signedPercent(-0.0001)).isEqualTo("0.0%");
    assertThat(Texts.percent(0.01)).isEqualTo("1.0%");
  }

  @Test
  void p_values_keep_two_significant_digits() {
    assertThat(Texts.p(0.012345)).isEqualTo("0.012");
    assertThat(Texts.p(0.5)).isEqualTo("0.50");
    assertThat(Texts.p(0.005)).isEqualTo("0.0050");
    assertThat(Texts.p(0.00000912)).isEqualTo("9.1e-06");
  }

  @Test
  void durations_read_as_people_say_them() {
    assertThat(Texts.duration(Duration.ofMillis(850))).isEqualTo("850 ms");
    assertThat(Texts.duration(Duration.ofSeconds(5))).isEqualTo("5 s");
    assertThat(Texts.duration(Duration.ofMillis(12_500))).isEqualTo("12.5 s");
    assertThat(Texts.duration(Duration.ofMinutes(10))).isEqualTo("10 min");
    assertThat(Texts.duration(Duration.ofSeconds(150))).isEqualTo("2 min 30 s");
  }
}
