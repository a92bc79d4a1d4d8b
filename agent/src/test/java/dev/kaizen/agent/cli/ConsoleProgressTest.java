package dev.kaizen.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ConsoleProgressTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final AtomicLong clock = new AtomicLong();

  private ConsoleProgress progress(boolean verbose, boolean terminal) {
    return new ConsoleProgress(
        new PrintStream(bytes, true, StandardCharsets.UTF_8), verbose, terminal, clock::get);
  }

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private void seconds(long s) {
    clock.addAndGet(TimeUnit.SECONDS.toNanos(s));
  }

  @Test
  void off_a_terminal_only_whole_lines_every_fifth_pair_and_the_last() {
    ConsoleProgress p = progress(false, false);

    p.step("measuring baseline and candidate in pairs");
    for (int i = 1; i <= 12; i++) p.pairMeasured(i, 12);

    assertThat(printed())
        .doesNotContain("\r")
        .doesNotContain("[#")
        .isEqualTo(
            """
          measuring baseline and candidate in pairs …
          measured 5/12 pairs
          measured 10/12 pairs
          measured 12/12 pairs
        """);
  }

  @Test
  void off_a_terminal_verbose_prints_every_pair_on_its_own_line() {
    ConsoleProgress p = progress(true, false);

    for (int i = 1; i <= 3; i++) p.pairMeasured(i, 3);

    assertThat(printed())
        .isEqualTo("  measured 1/3 pairs\n  measured 2/3 pairs\n  measured 3/3 pairs\n");
  }

  @Test
  void on_a_terminal_a_bar_with_the_time_since_measuring_began_updates_in_place() {
    ConsoleProgress p = progress(false, true);

    p.step("measuring baseline and candidate in pairs");
    seconds(20);
    p.pairMeasured(1, 4);
    seconds(60);
    p.pairMeasured(2, 4);

    assertThat(printed())
        .isEqualTo(
            "  measuring baseline and candidate in pairs …\n"
                + "\r  [#####---------------] 1/4 pairs  20s"
                + "\r  [##########----------] 2/4 pairs  1m20s");
  }

  @Test
  void on_a_terminal_the_bar_line_ends_when_the_pairs_are_done_or_another_message_comes() {
    ConsoleProgress p = progress(false, true);

    p.pairMeasured(1, 2);
    p.info("a message");
    p.pairMeasured(2, 2);
    p.warn("after the last pair");

    assertThat(printed().split("\n", -1))
        .containsExactly(
            "\r  [##########----------] 1/2 pairs  0s",
            "a message",
            "\r  [####################] 2/2 pairs  0s",
            "warning: after the last pair",
            "");
  }

  @Test
  void on_a_terminal_a_shorter_update_blanks_what_is_left_of_the_longer_one() {
    ConsoleProgress p = progress(false, true);

    seconds(2 * 3600 + 300);
    p.pairMeasured(10, 100);
    p.pairMeasured(11, 20);

    String[] updates = printed().split("\r");
    assertThat(updates[1]).isEqualTo("  [##------------------] 10/100 pairs  0s");
    assertThat(updates[2]).isEqualTo("  [###########---------] 11/20 pairs  0s ");
  }

  @Test
  void on_a_terminal_hours_of_measuring_read_as_hours() {
    ConsoleProgress p = progress(false, true);

    p.step("measuring");
    seconds(2 * 3600 + 300);
    p.pairMeasured(11, 40);

    assertThat(printed()).endsWith("\r  [######--------------] 11/40 pairs  2h05m");
  }

  @Test
  void the_bar_fills_in_proportion_and_never_overflows() {
    assertThat(ConsoleProgress.bar(0, 40)).isEqualTo("[--------------------]");
    assertThat(ConsoleProgress.bar(12, 40)).isEqualTo("[######--------------]");
    assertThat(ConsoleProgress.bar(40, 40)).isEqualTo("[####################]");
    assertThat(ConsoleProgress.bar(45, 40)).isEqualTo("[####################]");
    assertThat(ConsoleProgress.bar(3, 0)).isEqualTo("[--------------------]");
  }

  @Test
  void elapsed_time_reads_in_seconds_minutes_or_hours() {
    assertThat(ConsoleProgress.elapsed(TimeUnit.SECONDS.toNanos(42))).isEqualTo("42s");
    assertThat(ConsoleProgress.elapsed(TimeUnit.SECONDS.toNanos(80))).isEqualTo("1m20s");
    assertThat(ConsoleProgress.elapsed(TimeUnit.SECONDS.toNanos(3600 + 125))).isEqualTo("1h02m");
    assertThat(ConsoleProgress.elapsed(-5)).isEqualTo("0s");
  }

  @Test
  void json_runs_never_get_the_bar() {
    var root =
        new KaizenCommand(
            System.in,
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(bytes, true, StandardCharsets.UTF_8));
    root.json = true;

    root.progress().pairMeasured(5, 10);

    assertThat(printed()).isEqualTo("  measured 5/10 pairs\n");
  }
}
