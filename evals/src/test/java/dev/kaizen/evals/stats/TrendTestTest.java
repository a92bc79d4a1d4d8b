package dev.kaizen.evals.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TrendTestTest {

  /**
   * J. Little, College of the Holy Cross, "A Mann-Kendall Example ("By Hand")" (Montserrat course
   * notes, MannKendallByHand.txt): 14 successive values, 12.9 appearing twice. Published: 91 pairs,
   * 72 increases, 18 decreases, 1 tie, so S = 54; V = (14)(13)(33)/18 - (2)(1)(9)/18; Z = (S -
   * 1)/√V = 2.9058; one-sided p about .0018 from the normal table.
   */
  private static final double[] LITTLE = {
    12.9, 14.8, 13.2, 15.7, 13.8, 15.6, 12.9, 11.0, 17.3, 15.9, 19.0, 18.3, 20.1, 21.7
  };

  @Test
  void holy_cross_worked_example_gives_the_published_statistic_variance_and_z() {
    TrendResult r = TrendTest.of(LITTLE);

    assertThat(r.n()).isEqualTo(14);
    assertThat(r.s()).isEqualTo(54);
    // By hand: (6006 - 18)/18 = 332.667.
    assertThat(r.variance()).isCloseTo(5988 / 18.0, within(1e-9));
    assertThat(r.z()).isCloseTo(2.9058, within(0.00005));
    assertThat(r.pValue() / 2).as("one-sided, as published").isCloseTo(0.0018, within(0.00005));
    assertThat(r.pValue()).as("two-sided 2Φ(-2.9058)").isCloseTo(0.003663, within(0.000001));
    // A cross-check, not a golden value: scipy.stats.theilslopes gives 0.56667 for this series.
    assertThat(r.senSlope()).isCloseTo(0.566667, within(0.000001));
  }

  @Test
  void a_strictly_rising_series_has_every_pair_in_order() {
    // S = 10 of 10 pairs; Var = 5·4·15/18 = 16.667; z = (10 - 1)/4.0825 = 2.2045; 2Φ(-z) =
    // 0.027486.
    TrendResult r = TrendTest.of(new double[] {1, 2, 3, 4, 5});

    assertThat(r.s()).isEqualTo(10);
    assertThat(r.variance()).isCloseTo(300 / 18.0, within(1e-12));
    assertThat(r.z()).isCloseTo(2.204541, within(0.000001));
    assertThat(r.pValue()).isCloseTo(0.027486, within(0.000001));
    assertThat(r.senSlope()).isEqualTo(1);
  }

  @Test
  void a_falling_series_gets_the_mirror_result() {
    TrendResult up = TrendTest.of(new double[] {1, 2, 3, 4, 5});
    TrendResult down = TrendTest.of(new double[] {5, 4, 3, 2, 1});

    assertThat(down.s()).isEqualTo(-10);
    assertThat(down.z()).as("continuity correction toward 0 on both sides").isEqualTo(-up.z());
    assertThat(down.pValue()).isEqualTo(up.pValue());
    assertThat(down.senSlope()).isEqualTo(-1);
  }

  @Test
  void ties_count_zero_in_s_and_reduce_the_variance() {
    // 1 2 2 3: pairs (1,2)+ (1,2)+ (1,3)+ (2,2)0 (2,3)+ (2,3)+ → S = 5.
    // Var = [4·3·13 - 2·1·9]/18 = 138/18; z = 4/√(138/18) = 1.44463.
    // Slopes 1, 1/2, 2/3, 0, 1/2, 1 → sorted 0, .5, .5, .667, 1, 1 → median (0.5 + 0.667)/2 = 7/12.
    TrendResult r = TrendTest.of(new double[] {1, 2, 2, 3});

    assertThat(r.s()).isEqualTo(5);
    assertThat(r.variance()).isCloseTo(138 / 18.0, within(1e-12));
    assertThat(r.z()).isCloseTo(1.444630, within(0.000001));
    assertThat(r.senSlope()).isCloseTo(7 / 12.0, within(1e-12));
  }

  @Test
  void sens_slope_ignores_a_single_outlier() {
    // 2 per step, with one spike: 15 of the 21 pairwise slopes avoid the spike and are exactly 2.
    double[] series = {0, 2, 4, 6, 100, 10, 12};

    assertThat(TrendTest.of(series).senSlope()).isEqualTo(2);
  }

  @Test
  void a_constant_series_shows_no_trend() {
    // One tie group of 6: Var = [6·5·17 - 6·5·17]/18 = 0.
    TrendResult r = TrendTest.of(new double[] {3, 3, 3, 3, 3, 3});

    assertThat(r.s()).isZero();
    assertThat(r.variance()).isZero();
    assertThat(r.z()).isZero();
    assertThat(r.pValue()).isEqualTo(1.0);
    assertThat(r.senSlope()).isZero();
  }

  @Test
  void fewer_than_three_values_say_nothing_about_a_trend() {
    for (double[] x : new double[][] {{}, {1}, {1, 5}}) {
      TrendResult r = TrendTest.of(x);
      assertThat(r.n()).isEqualTo(x.length);
      assertThat(r.pValue()).as("p for n = %d", x.length).isEqualTo(1.0);
      assertThat(r.senSlope()).as("slope for n = %d", x.length).isZero();
    }
  }

  @Test
  void exact_p_value_uses_the_null_distribution_for_short_untied_series() {
    // 1 2 3 4: S = 6 is the most extreme of 24 orders each way, P(|S| ≥ 6) = 2/24; the normal
    // approximation gives 2Φ(-5/√(4·3·13/18)) = 0.0894.
    double[] rising = {1, 2, 3, 4};

    assertThat(TrendTest.exactPValue(rising)).isCloseTo(2 / 24.0, within(1e-15));
    assertThat(TrendTest.of(rising).pValue()).isCloseTo(0.089429, within(0.000001));
  }

  @Test
  void exact_p_value_refuses_ties() {
    assertThatThrownBy(() -> TrendTest.exactPValue(new double[] {1, 2, 2, 3}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ties");
  }

  @Test
  void rejects_non_finite_values_naming_the_index() {
    assertThatThrownBy(() -> TrendTest.of(new double[] {1, 2, Double.NaN}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("index 2");
  }

  @Test
  void rejects_series_longer_than_the_limit() {
    assertThatThrownBy(() -> TrendTest.of(new double[TrendTest.MAX_LENGTH + 1]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("too long");
  }

  @Test
  void steady_noise_drifts_about_as_often_as_the_level_and_a_real_drift_is_found() {
    var random = new SplittableRandom(7);
    int runs = 1000;
    int falseAlarms = 0;
    int found = 0;
    for (int run = 0; run < runs; run++) {
      double[] steady = new double[30];
      double[] drifting = new double[30];
      for (int i = 0; i < 30; i++) {
        double noise = HodgesLehmannTest.gaussian(random);
        steady[i] = 10 + noise;
        drifting[i] = 10 + 0.1 * i + noise;
      }
      if (TrendTest.of(steady).drifts(0.05)) falseAlarms++;
      if (TrendTest.of(drifting).drifts(0.05)) found++;
    }
    // Binomial(1000, 0.05) has sd 6.9: 20..80 is more than 4 sd either side.
    assertThat(falseAlarms).as("false alarms in %d steady series", runs).isBetween(20, 80);
    // A drift of 3 noise sd over the run is found nearly always.
    assertThat(found).as("drifts found in %d drifting series", runs).isGreaterThan(900);
  }
}
