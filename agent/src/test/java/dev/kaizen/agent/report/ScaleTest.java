package dev.kaizen.agent.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ScaleTest {

  @Test
  void maps_the_domain_linearly_onto_the_range_even_when_the_range_is_upside_down() {
    var y = new Scale(0, 10, 300, 100);

    assertThat(y.apply(0)).isEqualTo(300);
    assertThat(y.apply(10)).isEqualTo(100);
    assertThat(y.apply(2.5)).isEqualTo(250);
    assertThat(y.apply(-5)).as("values outside the domain extrapolate").isEqualTo(400);
  }

  @Test
  void ticks_are_one_two_or_five_times_a_power_of_ten() {
    assertThat(Scale.ticks(0, 1, 5)).containsExactly(0.0, 0.2, 0.4, 0.6, 0.8, 1.0);
    assertThat(Scale.ticks(0, 100, 5)).containsExactly(0.0, 20.0, 40.0, 60.0, 80.0, 100.0);
    assertThat(Scale.ticks(-2.7, 4.8, 5)).containsExactly(-2.0, 0.0, 2.0, 4.0);
    assertThat(Scale.ticks(1234, 1300, 5))
        .containsExactly(1240.0, 1250.0, 1260.0, 1270.0, 1280.0, 1290.0, 1300.0);
    assertThat(Scale.ticks(1234, 1300, 3)).containsExactly(1240.0, 1260.0, 1280.0, 1300.0);
    assertThat(Scale.ticks(0, 50, 5)).containsExactly(0.0, 10.0, 20.0, 30.0, 40.0, 50.0);
  }

  @Test
  void decimal_ticks_are_exact_decimals() {
    assertThat(Scale.ticks(0.1, 0.35, 5)).containsExactly(0.1, 0.15, 0.2, 0.25, 0.3, 0.35);
    assertThat(Scale.ticks(0.0012, 0.0019, 4)).containsExactly(0.0012, 0.0014, 0.0016, 0.0018);
  }

  @Test
  void tick_step_grows_by_factors_of_one_two_and_five() {
    assertThat(Scale.tickStep(0, 10, 10)).isEqualTo(1);
    assertThat(Scale.tickStep(0, 10, 5)).isEqualTo(2);
    assertThat(Scale.tickStep(0, 10, 2)).isEqualTo(5);
    assertThat(Scale.tickStep(0, 10, 1)).isEqualTo(10);
    assertThat(Scale.tickStep(0, 0.07, 5)).isCloseTo(0.01, within(1e-15));
  }

  @Test
  void a_nice_domain_starts_and_ends_on_a_tick_and_covers_the_data() {
    Scale s = Scale.nice(-2.7, 4.8, 5, 0, 100);

    assertThat(s.low()).isEqualTo(-4.0);
    assertThat(s.high()).isEqualTo(6.0);
    assertThat(s.ticks(5)).first().isEqualTo(-4.0);
    assertThat(s.ticks(5)).last().isEqualTo(6.0);
    assertThat(Scale.nice(721.7, 740, 5, 0, 1))
        .extracting(Scale::low, Scale::high)
        .containsExactly(720.0, 740.0);
  }

  @Test
  void an_empty_interval_is_widened_around_its_value() {
    Scale zero = Scale.nice(0, 0, 5, 0, 100);
    assertThat(zero.low()).isLessThan(0);
    assertThat(zero.high()).isGreaterThan(0);

    Scale one = Scale.nice(250, 250, 5, 0, 100);
    assertThat(one.low()).isLessThan(250).isGreaterThanOrEqualTo(200);
    assertThat(one.high()).isGreaterThan(250).isLessThanOrEqualTo(300);
    assertThat(Scale.ticks(3, 3, 5)).isNotEmpty();
  }

  @Test
  void integer_ticks_never_fall_between_whole_numbers() {
    assertThat(Scale.integerTicks(0.5, 1.5, 12)).containsExactly(1);
    assertThat(Scale.integerTicks(0.5, 5.5, 12)).containsExactly(1, 2, 3, 4, 5);
    assertThat(Scale.integerTicks(0.5, 40.5, 10)).containsExactly(5, 10, 15, 20, 25, 30, 35, 40);
  }

  @Test
  void labels_have_the_decimals_the_step_needs_and_no_negative_zero() {
    assertThat(new Scale(-0.2, 0.2, 0, 1).tickLabels(4))
        .containsExactly("-0.2", "-0.1", "0.0", "0.1", "0.2");
    assertThat(new Scale(0, 100, 0, 1).tickLabels(5))
        .containsExactly("0", "20", "40", "60", "80", "100");
    assertThat(Scale.format(-0.0000001, 0.1)).isEqualTo("0.0");
    assertThat(Scale.format(12000, 2000)).isEqualTo("12,000");
    assertThat(Scale.format(8000, 2000)).isEqualTo("8,000");
    assertThat(Scale.format(999, 1)).isEqualTo("999");
    assertThat(Scale.format(0.0015, 0.0005)).isEqualTo("0.0015");
  }

  @Test
  void refuses_an_empty_or_non_finite_domain() {
    assertThatThrownBy(() -> new Scale(1, 1, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("low < high");
    assertThatThrownBy(() -> new Scale(0, Double.NaN, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Scale.ticks(2, 1, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not an interval");
    assertThatThrownBy(() -> Scale.nice(0, Double.POSITIVE_INFINITY, 5, 0, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
