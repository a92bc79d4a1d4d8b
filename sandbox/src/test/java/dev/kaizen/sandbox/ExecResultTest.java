package dev.kaizen.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ExecResultTest {

  private static final Duration ELAPSED = Duration.ofMillis(812);

  @Test
  void the_seven_argument_constructor_leaves_the_peak_unknown() {
    var result = new ExecResult(0, "out", "err", ELAPSED, false, false, false);

    assertThat(result.peakMemoryBytes()).isEmpty();
    assertThat(result.summary()).isEqualTo("exit 0 after 812 ms");
  }

  @Test
  void the_summary_names_a_known_peak() {
    assertThat(result(0, false, false, 312L << 20).summary())
        .isEqualTo("exit 0 after 812 ms, peak 312 MiB");
    assertThat(result(3, false, false, 640L << 10).summary())
        .isEqualTo("exit 3 after 812 ms, peak 640 KiB");
    assertThat(result(0, false, false, 25L << 29).summary())
        .isEqualTo("exit 0 after 812 ms, peak 12.5 GiB");
  }

  @Test
  void a_timeout_keeps_its_peak_and_an_out_of_memory_kill_says_only_that() {
    assertThat(result(137, true, false, 300L << 20).summary())
        .isEqualTo("timed out after 812 ms, peak 300 MiB");
    assertThat(result(137, false, true, 64L << 20).summary()).isEqualTo("killed: out of memory");
    assertThat(result(137, true, true, 64L << 20).summary())
        .as("a timeout is named first, as before peaks were measured")
        .startsWith("timed out after 812 ms");
  }

  @Test
  void rejects_a_negative_peak() {
    assertThatThrownBy(() -> result(0, false, false, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("negative peak");
  }

  private static ExecResult result(int exit, boolean timedOut, boolean oom, long peak) {
    return new ExecResult(exit, "", "", ELAPSED, timedOut, oom, false, OptionalLong.of(peak));
  }
}
