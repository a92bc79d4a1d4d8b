package dev.kaizen.evals.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class BenjaminiHochbergTest {

  /**
   * Benjamini and Hochberg (1995), J. R. Statist. Soc. B 57(1), the example of §4 (the 15 p-values
   * of Neuhaus et al., 1992, sorted): at q = 0.05 the step-up procedure rejects the four smallest,
   * while the Bonferroni procedure (p ≤ 0.05/15 = 0.0033) rejects only three.
   */
  private static final double[] BH_1995 = {
    0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262, 0.5719,
    0.6528, 0.7590, 1.0000
  };

  /**
   * The adjusted values of {@link #BH_1995} by hand: p(i)·15/i is .0015, .003, .0095, .035625,
   * .0603, .0695, .063857, .0645, .0765, .486, .581182, .714875, .753231, .813214, 1; then the
   * running minimum from the top lowers only the sixth, .0695, to the seventh's .063857.
   */
  private static final double[] BH_1995_ADJUSTED = {
    0.0015,
    0.003,
    0.0095,
    0.035625,
    0.0603,
    0.0298 * 15 / 7,
    0.0298 * 15 / 7,
    0.0645,
    0.0765,
    0.486,
    0.4262 * 15 / 11,
    0.714875,
    0.6528 * 15 / 13,
    0.7590 * 15 / 14,
    1.0
  };

  @Test
  void published_example_rejects_four_where_bonferroni_rejects_three() {
    boolean[] rejected = BenjaminiHochberg.rejected(BH_1995, 0.05);

    assertThat(count(rejected)).isEqualTo(4);
    assertThat(Arrays.copyOf(rejected, 4)).containsOnly(true);
    long bonferroni = Arrays.stream(BH_1995).filter(p -> p <= 0.05 / BH_1995.length).count();
    assertThat(bonferroni).isEqualTo(3);
  }

  @Test
  void published_example_adjusts_to_the_hand_computed_values() {
    double[] adjusted = BenjaminiHochberg.adjust(BH_1995);

    for (int i = 0; i < adjusted.length; i++) {
      assertThat(adjusted[i])
          .as("adjusted p(%d)", i + 1)
          .isCloseTo(BH_1995_ADJUSTED[i], within(1e-12));
    }
    assertThat(Arrays.stream(adjusted).filter(p -> p <= 0.05).count())
        .as("adjusted ≤ q agrees with the step-up")
        .isEqualTo(4);
  }

  @Test
  void results_come_back_in_input_order() {
    int[] shuffle = {9, 3, 14, 0, 7, 12, 5, 1, 10, 6, 13, 2, 11, 4, 8};
    double[] shuffled = Arrays.stream(shuffle).mapToDouble(i -> BH_1995[i]).toArray();

    double[] adjusted = BenjaminiHochberg.adjust(shuffled);
    boolean[] rejected = BenjaminiHochberg.rejected(shuffled, 0.05);

    for (int k = 0; k < shuffle.length; k++) {
      assertThat(adjusted[k])
          .as("position %d", k)
          .isCloseTo(BH_1995_ADJUSTED[shuffle[k]], within(1e-12));
      assertThat(rejected[k]).as("position %d", k).isEqualTo(shuffle[k] < 4);
    }
  }

  @Test
  void step_up_rejects_a_smaller_p_that_misses_its_own_threshold() {
    // Sorted .01 .03 .04, m = 3. At q = .04 the thresholds are .0133 .0267 .04: p(2) = .03 misses
    // its own, but p(3) = .04 meets its, so all three are rejected.
    // Adjusted: .04·3/3 = .04; min(.03·3/2, .04) = .04; min(.01·3, .04) = .03.
    double[] p = {0.04, 0.01, 0.03};

    assertThat(BenjaminiHochberg.rejected(p, 0.04)).containsExactly(true, true, true);
    assertThat(BenjaminiHochberg.rejected(p, 0.035))
        .as("only .01 ≤ .035/3")
        .containsExactly(false, true, false);
    assertThat(BenjaminiHochberg.adjust(p))
        .containsExactly(new double[] {0.04, 0.03, 0.04}, within(1e-15));
  }

  @Test
  void adjusted_values_are_monotone_in_p_and_at_most_one() {
    double[] p = {0.9, 0.2, 0.95, 0.5, 0.2, 1.0, 0.0};

    double[] adjusted = BenjaminiHochberg.adjust(p);

    for (int i = 0; i < p.length; i++) {
      assertThat(adjusted[i]).isBetween(p[i], 1.0);
      for (int j = 0; j < p.length; j++) {
        if (p[i] <= p[j])
          assertThat(adjusted[i]).as("p[%d] ≤ p[%d]", i, j).isLessThanOrEqualTo(adjusted[j]);
      }
    }
    assertThat(adjusted[1]).as("ties get the same value").isEqualTo(adjusted[4]);
  }

  @Test
  void empty_input_gives_empty_output() {
    assertThat(BenjaminiHochberg.adjust(new double[0])).isEmpty();
    assertThat(BenjaminiHochberg.rejected(new double[0], 0.05)).isEmpty();
  }

  @Test
  void rejects_nan_naming_its_index() {
    assertThatThrownBy(() -> BenjaminiHochberg.adjust(new double[] {0.1, 0.2, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index 2")
        .hasMessageContaining("NaN");
  }

  @Test
  void rejects_p_values_outside_zero_one_and_a_bad_q() {
    assertThatThrownBy(() -> BenjaminiHochberg.adjust(new double[] {0.1, 1.5}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index 1");
    assertThatThrownBy(() -> BenjaminiHochberg.rejected(new double[] {0.1}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("q out of");
  }

  private static long count(boolean[] values) {
    long n = 0;
    for (boolean v : values) if (v) n++;
    return n;
  }
}
