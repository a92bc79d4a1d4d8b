package dev.kaizen.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

  @Test
  void reads_binary_sizes() {
    assertThat(Quantities.bytes("2g")).isEqualTo(2L << 30);
    assertThat(Quantities.bytes("512m")).isEqualTo(512L << 20);
    assertThat(Quantities.bytes("1.5GiB")).isEqualTo(3L << 29);
    assertThat(Quantities.bytes("64K")).isEqualTo(64L << 10);
    assertThat(Quantities.bytes("1000")).isEqualTo(1000);
  }

  @Test
  void refuses_what_is_not_a_size() {
    assertThatThrownBy(() -> Quantities.bytes("lots"))
        .hasMessage("not a size (like 512m or 2g): 'lots'");
    assertThatThrownBy(() -> Quantities.bytes("-1g")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void reads_durations_with_units_and_plain_seconds() {
    assertThat(Quantities.duration("90s")).isEqualTo(Duration.ofSeconds(90));
    assertThat(Quantities.duration("10m")).isEqualTo(Duration.ofMinutes(10));
    assertThat(Quantities.duration("1h30m")).isEqualTo(Duration.ofMinutes(90));
    assertThat(Quantities.duration("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(Quantities.duration("45")).isEqualTo(Duration.ofSeconds(45));
  }

  @Test
  void refuses_what_is_not_a_duration() {
    assertThatThrownBy(() -> Quantities.duration("soon")).hasMessageContaining("not a duration");
    assertThatThrownBy(() -> Quantities.duration("10x")).hasMessageContaining("not a duration");
    assertThatThrownBy(() -> Quantities.duration("m10")).hasMessageContaining("not a duration");
  }

  @Test
  void formats_for_people() {
    assertThat(Quantities.formatBytes(2L << 30)).isEqualTo("2 GiB");
    assertThat(Quantities.formatBytes(1536L << 20)).isEqualTo("1.5 GiB");
    assertThat(Quantities.formatDuration(Duration.ofMillis(4200))).isEqualTo("4.2s");
    assertThat(Quantities.formatDuration(Duration.ofSeconds(185))).isEqualTo("3m05s");
    assertThat(Quantities.formatDuration(Duration.ofMinutes(62))).isEqualTo("1h02m");
  }
}
