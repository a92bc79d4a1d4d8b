package dev.kaizen.sandbox.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OutputTailTest {

  @Test
  void keeps_everything_that_fits() {
    var tail = new OutputTail(16);

    write(tail, "hello ");
    write(tail, "world");

    assertThat(tail.text()).isEqualTo("hello world");
    assertThat(tail.truncated()).isFalse();
  }

  @Test
  void keeps_the_last_bytes_when_small_writes_overflow_it() {
    var tail = new OutputTail(10);

    for (int i = 0; i < 100; i++) write(tail, Integer.toString(i % 10));

    assertThat(tail.text()).isEqualTo("0123456789");
    assertThat(tail.truncated()).isTrue();
    assertThat(tail.droppedBytes()).isEqualTo(90);
  }

  @Test
  void keeps_the_end_of_a_write_larger_than_itself() {
    var tail = new OutputTail(4);
    write(tail, "ab");

    write(tail, "0123456789");

    assertThat(tail.text()).isEqualTo("6789");
    assertThat(tail.droppedBytes()).isEqualTo(8);
  }

  @Test
  void wraps_around_its_ring_without_losing_order() {
    var tail = new OutputTail(8);
    write(tail, "abcdef");

    write(tail, "ghij");
    write(tail, "k");

    assertThat(tail.text()).isEqualTo("defghijk");
  }

  @Test
  void grows_only_as_output_arrives_and_never_past_its_capacity() {
    var tail = new OutputTail(1L << 40);
    byte[] chunk = new byte[100_000];

    tail.write(chunk, 0, chunk.length);

    assertThat(tail.bytes()).hasSize(100_000);
    assertThat(tail.truncated()).isFalse();
  }

  @Test
  void drops_a_character_cut_in_half_at_the_start() {
    var tail = new OutputTail(5);

    write(tail, "xé1234"); // é is two bytes; the tail starts in its middle

    assertThat(tail.text()).isEqualTo("1234");
  }

  private static void write(OutputTail tail, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    tail.write(bytes, 0, bytes.length);
  }
}
