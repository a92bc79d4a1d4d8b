package dev.kaizen.evals.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.math3.distribution.BinomialDistribution;
import org.junit.jupiter.api.Test;

class BinomialBoundsTest {

  @Test
  void no_successes_in_100_has_the_closed_form_one_sided_bound() {
    // P(0 of 100 | p) = (1 - p)^100 = 0.05 ⇒ p = 1 - 0.05^(1/100) = 1 - e^(-2.995732/100) =
    // 0.029513.
    double bound = BinomialBounds.upperBound(0, 100, 0.95);

    assertThat(bound).isCloseTo(1 - Math.pow(0.05, 0.01), within(1e-15));
    assertThat(bound).isCloseTo(0.0295, within(0.00005));
  }

  @Test
  void no_successes_in_100_has_the_closed_form_two_sided_interval() {
    // Upper end 1 - 0.025^(1/100) = 1 - e^(-3.688879/100) = 0.036217; lower end 0.
    ProportionInterval ci = BinomialBounds.clopperPearson(0, 100, 0.95);

    assertThat(ci.low()).isZero();
    assertThat(ci.high()).isCloseTo(0.0362, within(0.00005));
    assertThat(ci.estimate()).isZero();
    for (int n : new int[] {1, 5, 20, 1000}) {
      assertThat(BinomialBounds.clopperPearson(0, n, 0.95).high())
          .as("1 - 0.025^(1/%d)", n)
          .isCloseTo(1 - Math.pow(0.025, 1.0 / n), within(1e-15));
    }
  }

  @Test
  void newcombe_table_gives_the_published_exact_intervals() {
    // Newcombe, "Two-sided confidence intervals for the single proportion: comparison of seven
    // methods", Statistics in Medicine 17 (1998) 857-872, Table II, method 5 ("exact",
    // Clopper-Pearson), 95%: 81/263 0.2527-0.3676; 15/148 0.0578-0.1617; 0/20 0-0.1684;
    // 1/29 0.0009-0.1776.
    assertInterval(BinomialBounds.clopperPearson(81, 263, 0.95), 0.2527, 0.3676);
    assertInterval(BinomialBounds.clopperPearson(15, 148, 0.95), 0.0578, 0.1617);
    assertInterval(BinomialBounds.clopperPearson(0, 20, 0.95), 0.0, 0.1684);
    assertInterval(BinomialBounds.clopperPearson(1, 29, 0.95), 0.0009, 0.1776);
  }

  @Test
  void one_of_two_has_square_root_ends_by_hand() {
    // Lower: P(X ≥ 1 | p) = 1 - (1 - p)² = 0.025 ⇒ p = 1 - √0.975 = 0.012579.
    // Upper: P(X ≤ 1 | p) = 1 - p² = 0.025 ⇒ p = √0.975 = 0.987421.
    ProportionInterval ci = BinomialBounds.clopperPearson(1, 2, 0.95);

    assertThat(ci.low()).isCloseTo(1 - Math.sqrt(0.975), within(1e-12));
    assertThat(ci.high()).isCloseTo(Math.sqrt(0.975), within(1e-12));
    assertThat(ci.estimate()).isEqualTo(0.5);
  }

  @Test
  void all_successes_mirror_no_successes() {
    // Lower end (α/2)^(1/n): P(n of n | p) = pⁿ = 0.025.
    ProportionInterval ci = BinomialBounds.clopperPearson(100, 100, 0.95);

    assertThat(ci.high()).isEqualTo(1.0);
    assertThat(ci.low()).isCloseTo(Math.pow(0.025, 0.01), within(1e-15));
    assertThat(BinomialBounds.upperBound(100, 100, 0.95)).isEqualTo(1.0);
  }

  @Test
  void each_end_leaves_exactly_its_tail_probability() {
    // The defining property: at the lower end P(X ≥ x) = α/2, at the upper end P(X ≤ x) = α/2,
    // and at the one-sided bound P(X ≤ x) = α.
    int x = 7;
    int n = 40;
    ProportionInterval ci = BinomialBounds.clopperPearson(x, n, 0.90);
    double upper = BinomialBounds.upperBound(x, n, 0.95);

    assertThat(1 - new BinomialDistribution(null, n, ci.low()).cumulativeProbability(x - 1))
        .isCloseTo(0.05, within(1e-9));
    assertThat(new BinomialDistribution(null, n, ci.high()).cumulativeProbability(x))
        .isCloseTo(0.05, within(1e-9));
    assertThat(new BinomialDistribution(null, n, upper).cumulativeProbability(x))
        .isCloseTo(0.05, within(1e-9));
    assertThat(upper)
        .as("the one-sided 95% bound is the two-sided 90% upper end")
        .isCloseTo(ci.high(), within(1e-12));
  }

  @Test
  void tiny_bounds_keep_their_relative_precision() {
    // Lower end for 1 of n: 1 - (1 - α/2)^(1/n); for n = 100000 about 2.53e-7.
    double expected = 1 - Math.pow(0.975, 1e-5);

    assertThat(BinomialBounds.clopperPearson(1, 100_000, 0.95).low())
        .isCloseTo(expected, within(expected * 1e-6));
  }

  @Test
  void rejects_impossible_counts_and_levels() {
    assertThatThrownBy(() -> BinomialBounds.clopperPearson(3, 2, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("successes");
    assertThatThrownBy(() -> BinomialBounds.clopperPearson(-1, 2, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("successes");
    assertThatThrownBy(() -> BinomialBounds.upperBound(0, 0, 0.95))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trials");
    assertThatThrownBy(() -> BinomialBounds.upperBound(0, 10, 1.0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("confidence");
  }

  private static void assertInterval(ProportionInterval ci, double low, double high) {
    String name = ci.successes() + "/" + ci.trials();
    assertThat(ci.low()).as("low of %s", name).isCloseTo(low, within(0.00005));
    assertThat(ci.high()).as("high of %s", name).isCloseTo(high, within(0.00005));
    assertThat(ci.confidence()).isEqualTo(0.95);
  }
}
