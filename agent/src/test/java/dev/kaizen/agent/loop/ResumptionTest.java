package dev.kaizen.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.ledger.IterationRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a resumed session takes from the ledger, in parts that need no repository. */
class ResumptionTest {

  private static final Instant T0 = Instant.parse("2026-11-27T04:00:00Z");

  private static IterationRecord iteration(
      int n,
      int fromMinute,
      int toMinute,
      String parent,
      String commit,
      String decision,
      String reason) {
    return new IterationRecord(
        "s/" + n,
        n,
        T0.plus(Duration.ofMinutes(fromMinute)).toString(),
        T0.plus(Duration.ofMinutes(toMinute)).toString(),
        "heuristic",
        "rule",
        "key" + n,
        "summary " + n,
        null,
        0,
        0,
        parent,
        commit,
        decision,
        reason,
        List.of(reason),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void the_wall_time_counted_is_what_the_iterations_took_not_the_time_the_session_lay_killed() {
    List<IterationRecord> kept =
        List.of(
            iteration(1, 0, 10, "a", "b", "rejected", "slower"),
            iteration(2, 12, 20, "a", "c", "rejected", "slower"),
            iteration(3, 15, 22, "a", "d", "rejected", "slower"), // same batch as 2: overlaps
            iteration(4, 24 * 60, 24 * 60 + 5, "a", "e", "rejected", "slower")); // a day later

    assertThat(Resumption.wallTime(kept)).isEqualTo(Duration.ofMinutes(10 + 10 + 5));
    assertThat(Resumption.wallTime(List.of())).isZero();
  }

  @Test
  void the_best_commit_follows_the_merged_iterations_from_the_base_and_skips_beaten_ones() {
    List<IterationRecord> kept =
        List.of(
            iteration(1, 0, 1, "base", "c1", "accepted", "better by 5%"),
            iteration(2, 1, 2, "c1", "c2", "rejected", "slower"),
            iteration(
                3,
                2,
                3,
                "c1",
                "c3",
                "accepted",
                Resumption.NOT_MERGED + "iteration 4 is better in this batch"),
            iteration(4, 2, 3, "c1", "c4", "accepted", "better by 9%"),
            iteration(5, 3, 4, "c4", null, "rejected", "refused: a protected path"));

    assertThat(Resumption.best("base", kept)).isEqualTo("c4");
    assertThat(Resumption.best("base", List.of())).isEqualTo("base");
  }
}
