package dev.kaizen.evals.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MannKendallDistributionTest {

  /**
   * Upper-tail probabilities P(S ≥ s) of the Mann–Kendall statistic under no trend, as printed in
   * Kendall's table of the distribution of S (Kendall, <i>Rank Correlation Methods</i>, 4th ed.,
   * 1975, Appendix Table 1), which Gilbert (1987) reprints as Table A18 for n = 4..10 for the
   * Mann–Kendall test. Three or four decimals, as printed.
   */
  private static final Map<Integer, Double> N5 =
      Map.of(0, 0.592, 2, 0.408, 4, 0.242, 6, 0.117, 8, 0.042, 10, 0.0083);

  private static final Map<Integer, Double> N10 =
      Map.ofEntries(
          Map.entry(1, 0.500),
          Map.entry(3, 0.431),
          Map.entry(5, 0.364),
          Map.entry(7, 0.300),
          Map.entry(9, 0.242),
          Map.entry(11, 0.190),
          Map.entry(13, 0.146),
          Map.entry(15, 0.108),
          Map.entry(17, 0.078),
          Map.entry(19, 0.054),
          Map.entry(21, 0.036),
          Map.entry(23, 0.023),
          Map.entry(25, 0.014),
          Map.entry(27, 0.0083),
          Map.entry(29, 0.0046),
          Map.entry(31, 0.0023),
          Map.entry(33, 0.0011),
          Map.entry(35, 0.00047));

  @Test
  void four_values_match_the_count_of_permutations_by_inversions() {
    // The 24 orders of 4 values by number of inversions I (Mahonian numbers): 1, 3, 5, 6, 5, 3, 1.
    // S = 6 - 2I, so P(S ≥ 6) = 1/24, P(S ≥ 4) = 4/24, P(S ≥ 2) = 9/24, P(S ≥ 0) = 15/24
    // (Kendall's table: .042, .167, .375, .625).
    var dist = new MannKendallDistribution(4);

    assertThat(dist.maxStatistic()).isEqualTo(6);
    assertThat(dist.atLeast(6)).isCloseTo(1 / 24.0, within(1e-15));
    assertThat(dist.atLeast(4)).isCloseTo(4 / 24.0, within(1e-15));
    assertThat(dist.atLeast(2)).isCloseTo(9 / 24.0, within(1e-15));
    assertThat(dist.atLeast(0)).isCloseTo(15 / 24.0, within(1e-15));
    assertThat(dist.twoSided(6)).as("P(|S| ≥ 6)").isCloseTo(2 / 24.0, within(1e-15));
  }

  @Test
  void five_and_ten_values_match_the_published_table() {
    N5.forEach(
        (s, p) ->
            assertThat(new MannKendallDistribution(5).atLeast(s))
                .as("n = 5, S = %d", s)
                .isCloseTo(p, within(tolerance(p))));
    N10.forEach(
        (s, p) ->
            assertThat(new MannKendallDistribution(10).atLeast(s))
                .as("n = 10, S = %d", s)
                .isCloseTo(p, within(tolerance(p))));
  }

  @Test
  void is_symmetric_about_zero_and_sums_to_one() {
    var dist = new MannKendallDistribution(12);
    int max = dist.maxStatistic();

    assertThat(dist.atLeast(-max)).isEqualTo(1.0);
    assertThat(dist.atLeast(max + 1)).isZero();
    assertThat(dist.atMost(max)).isCloseTo(1.0, within(1e-12));
    for (int s = -max; s <= max; s += 2) {
      assertThat(dist.atMost(-s))
          .as("P(S ≤ %d) = P(S ≥ %d)", -s, s)
          .isCloseTo(dist.atLeast(s), within(1e-12));
    }
    assertThat(dist.twoSided(0)).isEqualTo(1.0);
  }

  @Test
  void rejects_lengths_it_does_not_compute() {
    assertThatThrownBy(() -> new MannKendallDistribution(MannKendallDistribution.MAX_N + 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n must be in");
  }

  /** Half a unit in the last printed decimal. */
  private static double tolerance(double printed) {
    return printed >= 0.1
        ? 0.0005
        : printed >= 0.01 ? 0.0005 : printed >= 0.001 ? 0.00005 : 0.000005;
  }
}
