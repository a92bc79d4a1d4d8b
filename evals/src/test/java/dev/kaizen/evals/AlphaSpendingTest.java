package dev.kaizen.evals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class AlphaSpendingTest {

  @Test
  void a_lone_candidate_of_a_fresh_session_is_tested_at_alpha_over_the_budget() {
    AlphaSpending s = AlphaSpending.over(0.01, 20);

    assertThat(s.level(1, 0)).isCloseTo(0.0005, within(1e-15));
    assertThat(s.firstLevel()).isCloseTo(0.0005, within(1e-15));
  }

  @Test
  void a_batch_gets_one_share_per_candidate() {
    assertThat(AlphaSpending.over(0.01, 20).level(4, 0)).isCloseTo(0.002, within(1e-15));
  }

  @Test
  void iterations_refused_before_the_gate_leave_their_share_to_later_candidates() {
    AlphaSpending s = AlphaSpending.over(0.01, 10);

    // Nine of ten iterations were refused before measurement: the last candidate gets all of α.
    assertThat(s.level(1, 9)).isCloseTo(0.01, within(1e-15));
  }

  @Test
  void whatever_the_sequence_of_rounds_and_refusals_a_session_never_spends_more_than_alpha() {
    var random = new SplittableRandom(11);
    for (int trial = 0; trial < 2000; trial++) {
      int budget = 1 + random.nextInt(40);
      AlphaSpending s = AlphaSpending.over(0.05, budget);
      double sum = 0;
      int used = 0;
      // Rounds may overrun the budget (a manual session goes on): each still gets a valid level.
      while (used < budget + 5) {
        int round = 1 + random.nextInt(4);
        int measured = random.nextInt(round + 1);
        if (measured > 0) {
          double level = s.level(measured, used + round - measured);
          assertThat(level).isGreaterThanOrEqualTo(0);
          sum += level;
          s = s.spend(level);
        }
        used += round;
      }
      assertThat(sum).as("trial %d, budget %d", trial, budget).isLessThanOrEqualTo(0.05 + 1e-12);
    }
  }

  @Test
  void a_resumed_session_with_a_larger_budget_spreads_only_what_is_left() {
    AlphaSpending s = AlphaSpending.over(0.01, 4);
    s = s.spend(s.level(1, 0)); // 0.01 / 4
    s = s.spend(s.level(1, 1)); // 0.0075 / 3: two candidates at 0.0025 each

    AlphaSpending resumed = s.withBudget(12);

    assertThat(resumed.spent()).isCloseTo(0.005, within(1e-15));
    assertThat(resumed.level(1, 2))
        .as("0.005 left over 10 iterations")
        .isCloseTo(0.0005, within(1e-15));
  }

  @Test
  void a_session_with_nothing_left_tests_at_level_zero() {
    AlphaSpending s = AlphaSpending.over(0.01, 1);
    s = s.spend(s.level(1, 0));

    assertThat(s.level(1, 1)).isZero();
  }

  @Test
  void settings_outside_their_range_are_refused() {
    assertThatThrownBy(() -> AlphaSpending.over(0.5, 3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AlphaSpending.over(0.05, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AlphaSpending.over(0.05, 3).level(0, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
