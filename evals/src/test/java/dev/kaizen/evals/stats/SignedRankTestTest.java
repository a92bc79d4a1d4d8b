package dev.kaizen.evals.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.kaizen.evals.stats.SignedRankResult.Method;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.apache.commons.math3.stat.inference.WilcoxonSignedRankTest;
import org.junit.jupiter.api.Test;

class SignedRankTestTest {

  /**
   * Hollander and Wolfe (1973, p. 29f; 1999, example 3.1): Hamilton depression scale factor IV of
   * nine patients at the first (x) and second (y) visit. The example of R's {@code wilcox.test}
   * help page, {@code wilcox.test(x, y, paired = TRUE, alternative = "greater")}, prints V = 40,
   * p-value = 0.01953 (H&W: P(T+ ≥ 40) = .020); R's regression tests (tests/reg-tests-1a.R,
   * PR#1150) check the two-sided p 0.0391 against H&W (1999) p. 40.
   */
  static final double[] X = {1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30};

  static final double[] Y = {0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29};

  static double[] differences() {
    double[] d = new double[X.length];
    for (int i = 0; i < d.length; i++) d[i] = X[i] - Y[i];
    return d;
  }

  @Test
  void hollander_wolfe_example_gives_the_published_statistic_and_exact_p() {
    SignedRankResult r = SignedRankTest.greater(differences(), 0);

    assertThat(r.statistic()).isEqualTo(40);
    assertThat(r.n()).isEqualTo(9);
    assertThat(r.method()).isEqualTo(Method.EXACT);
    assertThat(r.pValue()).isCloseTo(0.01953, within(0.000005));
    assertThat(2 * r.pValue())
        .as("two-sided, as in R's regression test")
        .isCloseTo(0.0391, within(0.00005));
  }

  @Test
  void hollander_wolfe_large_sample_approximation_gives_the_published_p() {
    // wilcox.test(y - x, alternative = "less", exact = FALSE, correct = FALSE)  # H&W large sample
    // approximation
    SignedRankResult r = SignedRankTest.greaterNormal(differences(), 0, false);

    assertThat(r.pValue()).isCloseTo(0.0191, within(0.00005));
    assertThat(r.method()).isEqualTo(Method.NORMAL_UNCORRECTED);
  }

  @Test
  void continuity_correction_moves_the_statistic_half_a_rank_toward_the_mean() {
    // z = (40 - 22.5 - 0.5) / sqrt(9·10·19/24) = 2.01399; 1 - Φ(z) = 0.022005.
    SignedRankResult r = SignedRankTest.greaterNormal(differences(), 0, true);

    assertThat(r.pValue()).isCloseTo(0.022005, within(0.000005));
  }

  @Test
  void the_one_sided_p_is_the_upper_tail_so_a_worse_sample_gets_a_large_p() {
    // Negated, W+ = 5: P(W+ ≥ 5) = 1 - P(W+ ≤ 4) = 1 - 7/512 (subsets {}, 1, 2, 3, 12, 4, 13).
    double[] worse = Arrays.stream(differences()).map(v -> -v).toArray();

    SignedRankResult r = SignedRankTest.greater(worse, 0);

    assertThat(r.statistic()).isEqualTo(5);
    assertThat(r.pValue()).isCloseTo(1 - 7 / 512.0, within(1e-12));
  }

  @Test
  void the_test_is_of_the_differences_minus_mu() {
    // d - 0.5 ranked by |.|: 0.01(1) 0.07(2) 0.09(3) 0.12(4) 0.452(5) 0.49(6) 0.522(7) 0.58(8)
    // 0.647(9);
    // positive: 0.09, 0.12, 0.452, 0.522 → W+ = 3 + 4 + 5 + 7 = 19.
    SignedRankResult r = SignedRankTest.greater(differences(), 0.5);

    assertThat(r.statistic()).isEqualTo(19);
    assertThat(r.pValue()).isGreaterThan(0.5);
  }

  @Test
  void zeros_are_dropped_and_ties_get_midranks_then_the_normal_approximation_is_used() {
    // Iowa State University Stat 403 course notes ("Walshties" page): daily highs
    // 31 32 20 36 23 24 27 28 30, H: median = 27 against > 27.
    // Published: T- = 14, T+ = 22 (the 27 is dropped, n = 8; |3| and |4| are tied pairs).
    double[] highs = {31, 32, 20, 36, 23, 24, 27, 28, 30};

    SignedRankResult r = SignedRankTest.greater(highs, 27);

    assertThat(r.n()).isEqualTo(8);
    assertThat(r.statistic()).isEqualTo(22);
    assertThat(r.method()).isEqualTo(Method.NORMAL);
    // By hand: variance 8·9·17/24 - (2·(2³-2))/48 = 50.75; z = (22 - 18 - 0.5)/√50.75 = 0.4913; 1 -
    // Φ(z) = 0.31161.
    assertThat(r.pValue()).isCloseTo(0.31161, within(0.00001));
  }

  @Test
  void samples_of_fifty_or_more_use_the_normal_approximation() {
    double[] many = new SplittableRandom(1).doubles(60, -1, 1).toArray();

    assertThat(SignedRankTest.greater(many, 0).method()).isEqualTo(Method.NORMAL);
    assertThat(SignedRankTest.greater(Arrays.copyOf(many, 49), 0).method()).isEqualTo(Method.EXACT);
  }

  @Test
  void all_zero_differences_cannot_show_an_improvement() {
    SignedRankResult r = SignedRankTest.greater(new double[] {0.1, 0.1, 0.1}, 0.1);

    assertThat(r.n()).isZero();
    assertThat(r.pValue()).isEqualTo(1.0);
  }

  @Test
  void rejects_non_finite_differences() {
    assertThatThrownBy(() -> SignedRankTest.greater(new double[] {1, Double.NaN}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("finite");
  }

  @Test
  void on_the_upper_tail_the_one_sided_p_is_half_of_commons_maths_two_sided_exact_p() {
    // A cross-check, not a golden value: commons-math3 returns 2·P(W ≥ max(W+, W-)).
    double[] d = differences();
    double twoSided =
        new WilcoxonSignedRankTest().wilcoxonSignedRankTest(new double[d.length], d, true);

    assertThat(SignedRankTest.greater(d, 0).pValue()).isCloseTo(twoSided / 2, within(1e-12));
  }
}
