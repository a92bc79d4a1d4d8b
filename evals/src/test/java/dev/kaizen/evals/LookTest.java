package dev.kaizen.evals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LookTest {

  @Test
  void
      pairs_to_reach_a_level_is_the_smallest_n_whose_best_p_value_two_to_the_minus_n_is_at_most_it() {
    assertThat(Look.pairsToReach(0.5)).isEqualTo(1);
    assertThat(Look.pairsToReach(0.005)).isEqualTo(8); // 2^-8 = 0.0039
    assertThat(Look.pairsToReach(0.0039)).isEqualTo(9); // just below 2^-8
    assertThat(Look.pairsToReach(0.00025)).isEqualTo(12); // 2^-12 = 0.000244
  }

  @Test
  void at_the_default_alpha_the_looks_are_at_pairs_min_and_pairs_max_each_at_half_alpha() {
    assertThat(Look.plan(new GateSettings(0.01, 0.01, 10, 40, 0.02)))
        .containsExactly(new Look(10, 0.005, 1, 2), new Look(40, 0.005, 2, 2));
  }

  @Test
  void at_a_session_share_of_alpha_the_first_look_waits_until_the_pairs_can_reach_its_level() {
    // α = 0.01 spent over 20 iterations: 0.0005 per candidate, 0.00025 per look, 12 pairs.
    List<Look> plan = Look.plan(new GateSettings(0.0005, 0.01, 10, 40, 0.02));

    assertThat(plan).containsExactly(new Look(12, 0.00025, 1, 2), new Look(40, 0.00025, 2, 2));
    assertThat(Look.reachable(plan)).isTrue();
  }

  @Test
  void when_the_first_look_would_come_at_pairs_max_there_is_one_look_there_at_the_whole_level() {
    List<Look> plan = Look.plan(new GateSettings(0.001, 0.01, 4, 10, 0.02));

    assertThat(plan).containsExactly(new Look(10, 0.001, 1, 1));
    assertThat(Look.reachable(plan)).as("2^-10 < 0.001").isTrue();
  }

  @Test
  void a_level_pairs_max_cannot_reach_is_reported_as_unreachable() {
    List<Look> plan = Look.plan(new GateSettings(0.0001, 0.01, 4, 8, 0.02));

    assertThat(plan).containsExactly(new Look(8, 0.0001, 1, 1));
    assertThat(Look.reachable(plan)).as("2^-8 > 0.0001").isFalse();
  }
}
