package dev.kaizen.evals.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SignedRankDistributionTest {

  /**
   * Lower critical values T of the signed-rank statistic (reject when W ≤ T) at two-sided level
   * 0.05, as printed in the standard table (Wilcoxon, Katti and Wilcox, "Critical values and
   * probability levels for the Wilcoxon rank sum test and the Wilcoxon signed rank test", 1963;
   * reproduced in most textbooks' tables of critical values of T). n = 5 has none.
   */
  private static final Map<Integer, Integer> TWO_SIDED_05 =
      Map.ofEntries(
          Map.entry(6, 0),
          Map.entry(7, 2),
          Map.entry(8, 3),
          Map.entry(9, 5),
          Map.entry(10, 8),
          Map.entry(11, 10),
          Map.entry(12, 13),
          Map.entry(13, 17),
          Map.entry(14, 21),
          Map.entry(15, 25),
          Map.entry(16, 29),
          Map.entry(17, 34),
          Map.entry(18, 40),
          Map.entry(19, 46),
          Map.entry(20, 52),
          Map.entry(25, 89),
          Map.entry(30, 137));

  /** The same table's one-sided 0.05 column. */
  private static final Map<Integer, Integer> ONE_SIDED_05 =
      Map.ofEntries(
          Map.entry(5, 0),
          Map.entry(6, 2),
          Map.entry(7, 3),
          Map.entry(8, 5),
          Map.entry(9, 8),
          Map.entry(10, 10),
          Map.entry(11, 13),
          Map.entry(12, 17),
          Map.entry(13, 21),
          Map.entry(14, 25),
          Map.entry(15, 30),
          Map.entry(16, 35),
          Map.entry(17, 41),
          Map.entry(18, 47),
          Map.entry(19, 53),
          Map.entry(20, 60));

  @Test
  void critical_values_match_the_published_two_sided_table() {
    TWO_SIDED_05.forEach(
        (n, t) ->
            assertThat(new SignedRankDistribution(n).lowerCriticalValue(0.025))
                .as("n = %d", n)
                .isEqualTo(t));
    assertThat(new SignedRankDistribution(5).lowerCriticalValue(0.025))
        .as("n = 5 has no critical value")
        .isEqualTo(-1);
  }

  @Test
  void critical_values_match_the_published_one_sided_table() {
    ONE_SIDED_05.forEach(
        (n, t) ->
            assertThat(new SignedRankDistribution(n).lowerCriticalValue(0.05))
                .as("n = %d", n)
                .isEqualTo(t));
  }

  @Test
  void lower_tail_for_nine_ranks_counts_the_subsets_by_hand() {
    // Subsets of {1..9} with sum ≤ 5: {}, 1, 2, 3, 12, 4, 13, 5, 14, 23 → 10 of 2^9 = 512.
    var dist = new SignedRankDistribution(9);

    assertThat(dist.atMost(5)).isCloseTo(10 / 512.0, within(1e-15));
    assertThat(dist.atLeast(40)).as("symmetry: P(W ≥ 45 - 5)").isCloseTo(10 / 512.0, within(1e-15));
    assertThat(dist.maxStatistic()).isEqualTo(45);
  }

  @Test
  void is_a_symmetric_distribution_over_zero_to_n_n_plus_1_over_2() {
    var dist = new SignedRankDistribution(14);
    int max = dist.maxStatistic();

    assertThat(dist.atMost(max)).isCloseTo(1.0, within(1e-12));
    assertThat(dist.atMost(-1)).isZero();
    assertThat(dist.atLeast(max + 1)).isZero();
    for (int w = 0; w <= max; w++) {
      assertThat(dist.atMost(w))
          .as("P(W ≤ %d) = P(W ≥ %d)", w, max - w)
          .isCloseTo(dist.atLeast(max - w), within(1e-12));
    }
  }
}
