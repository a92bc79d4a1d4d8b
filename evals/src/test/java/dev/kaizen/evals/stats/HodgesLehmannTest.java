package dev.kaizen.evals.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class HodgesLehmannTest {

  @Test
  void hollander_wolfe_example_gives_the_published_estimate_and_interval() {
    // Hollander and Wolfe (1999), pp. 40 and 53, as checked in R's tests/reg-tests-1a.R (PR#1150)
    // with the differences negated: estimate -0.46, 95% interval (-0.786, -0.010).
    LocationEstimate e = HodgesLehmann.estimate(SignedRankTestTest.differences(), 0.95);

    assertThat(e.estimate()).isCloseTo(0.46, within(0.0005));
    assertThat(e.low()).isCloseTo(0.010, within(0.0005));
    assertThat(e.high()).isCloseTo(0.786, within(0.0005));
    assertThat(e.confidence()).isEqualTo(0.95);
  }

  @Test
  void iowa_state_example_gives_the_published_estimate_and_94_percent_interval() {
    // Iowa State University Stat 403 course notes ("Walshties" page): the estimate is the
    // 23rd of 45 Walsh averages, 28; "the interval from
    // the 7th to the 39th ordered Walsh average is a 94.6% confidence interval", 24 to 31.5.
    double[] highs = {31, 32, 20, 36, 23, 24, 27, 28, 30};

    LocationEstimate e = HodgesLehmann.estimate(highs, 0.94);

    assertThat(e.estimate()).isEqualTo(28);
    assertThat(e.low()).isEqualTo(24);
    assertThat(e.high()).isEqualTo(31.5);
    assertThat(1 - 2 * new SignedRankDistribution(9).atMost(6))
        .as("coverage of the 7th..39th interval")
        .isCloseTo(0.946, within(0.001));
  }

  @Test
  void walsh_averages_are_every_pairwise_mean_including_each_value_with_itself() {
    assertThat(HodgesLehmann.walshAverages(new double[] {3, 1, 2}))
        .containsExactly(1, 1.5, 2, 2, 2.5, 3);
  }

  @Test
  void median_of_an_even_count_is_the_mean_of_the_middle_two() {
    assertThat(HodgesLehmann.median(new double[] {4, 1, 3, 2})).isEqualTo(2.5);
    assertThat(HodgesLehmann.median(new double[] {5, 1, 3})).isEqualTo(3);
  }

  @Test
  void a_sample_too_small_for_the_level_gets_the_whole_range_and_says_its_lower_confidence() {
    // n = 3: P(W+ = 0) = 1/8, so [min, max] of the Walsh averages covers with 1 - 2/8 = 75%.
    LocationEstimate e = HodgesLehmann.estimate(new double[] {1, 2, 4}, 0.95);

    assertThat(e.low()).isEqualTo(1);
    assertThat(e.high()).isEqualTo(4);
    assertThat(e.confidence()).isEqualTo(0.75);
  }

  @Test
  void intervals_cover_the_true_center_at_least_as_often_as_promised_exact_and_approximate() {
    var random = new SplittableRandom(42);
    for (int n : new int[] {12, 60}) {
      int covered = 0;
      int runs = 400;
      for (int run = 0; run < runs; run++) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) x[i] = 3 + gaussian(random);
        LocationEstimate e = HodgesLehmann.estimate(x, 0.95);
        if (e.low() <= 3 && 3 <= e.high()) covered++;
      }
      // 95% coverage over 400 runs: below 92% would be 3 standard deviations short.
      assertThat(covered / (double) runs).as("coverage at n = %d", n).isGreaterThanOrEqualTo(0.92);
    }
  }

  static double gaussian(SplittableRandom random) {
    return Math.sqrt(-2 * Math.log(1 - random.nextDouble()))
        * Math.cos(2 * Math.PI * random.nextDouble());
  }
}
