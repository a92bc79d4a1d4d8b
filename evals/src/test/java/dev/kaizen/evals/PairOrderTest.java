package dev.kaizen.evals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairOrderTest {

  static List<Boolean> orders(int count, long seed) {
    var order = new PairOrder(new SplittableRandom(seed));
    var orders = new ArrayList<Boolean>();
    for (int i = 0; i < count; i++) orders.add(order.next());
    return orders;
  }

  @Test
  void an_even_number_of_pairs_has_as_many_baseline_first_as_candidate_first_pairs() {
    for (int count = 2; count <= 40; count += 2) {
      assertThat(orders(count, count)).filteredOn(b -> b).hasSize(count / 2);
    }
  }

  @Test
  void each_pair_starts_with_the_side_that_ended_the_pair_before() {
    List<Boolean> order = orders(12, 3);
    for (int i = 1; i < order.size(); i++) {
      boolean previousEndedWithBaseline = !order.get(i - 1);
      boolean startsWithBaseline = order.get(i);
      assertThat(startsWithBaseline).isEqualTo(previousEndedWithBaseline);
    }
  }

  @Test
  void each_side_follows_itself_in_half_of_its_measured_runs_after_the_washout() {
    for (long seed = 0; seed < 10; seed++) {
      List<Boolean> order = orders(10, seed);
      var runs = new ArrayList<Character>();
      runs.add(order.get(0) ? 'A' : 'B'); // the washout
      for (boolean baselineFirst : order) {
        runs.add(baselineFirst ? 'A' : 'B');
        runs.add(baselineFirst ? 'B' : 'A');
      }
      int aAfterA = 0, aAfterB = 0, bAfterB = 0, bAfterA = 0;
      for (int i = 1; i < runs.size(); i++) {
        char run = runs.get(i), before = runs.get(i - 1);
        if (run == 'A' && before == 'A') aAfterA++;
        if (run == 'A' && before == 'B') aAfterB++;
        if (run == 'B' && before == 'B') bAfterB++;
        if (run == 'B' && before == 'A') bAfterA++;
      }
      assertThat(aAfterA).isEqualTo(aAfterB).isEqualTo(5);
      assertThat(bAfterB).isEqualTo(bAfterA).isEqualTo(5);
    }
  }

  @Test
  void the_first_pair_is_drawn_at_random_and_reproducible_from_the_seed() {
    var firsts = new HashSet<Boolean>();
    for (long seed = 0; seed < 20; seed++) firsts.add(orders(1, seed).get(0));

    assertThat(firsts).containsExactlyInAnyOrder(true, false);
    assertThat(orders(10, 5)).isEqualTo(orders(10, 5));
  }

  @Test
  void only_the_first_pair_needs_a_washout() {
    var order = new PairOrder(new SplittableRandom(1));
    assertThat(order.washoutFirst()).isTrue();
    order.next();
    assertThat(order.washoutFirst()).isFalse();
  }
}
