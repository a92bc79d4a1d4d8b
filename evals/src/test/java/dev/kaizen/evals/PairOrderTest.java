package dev.kaizen.evals;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PairOrderTest {

  @Test
  void an_even_batch_has_as_many_baseline_first_as_candidate_first_pairs() {
    List<Boolean> order = PairOrder.balanced(10, new SplittableRandom(1));

    assertThat(order).hasSize(10);
    assertThat(order).filteredOn(b -> b).hasSize(5);
  }

  @Test
  void the_extra_pair_of_an_odd_batch_goes_either_way_at_random() {
    var baselineFirstCounts = new HashSet<Long>();
    for (int seed = 0; seed < 50; seed++) {
      List<Boolean> order = PairOrder.balanced(7, new SplittableRandom(seed));
      long ab = order.stream().filter(b -> b).count();
      assertThat(ab).isBetween(3L, 4L);
      baselineFirstCounts.add(ab);
    }
    assertThat(baselineFirstCounts).containsExactlyInAnyOrder(3L, 4L);
  }

  @Test
  void the_order_is_shuffled_and_reproducible_from_the_seed() {
    var orders = new HashSet<List<Boolean>>();
    for (int seed = 0; seed < 20; seed++)
      orders.add(PairOrder.balanced(10, new SplittableRandom(seed)));

    assertThat(orders).as("different seeds, different orders").hasSizeGreaterThan(10);
    assertThat(PairOrder.balanced(10, new SplittableRandom(5)))
        .isEqualTo(PairOrder.balanced(10, new SplittableRandom(5)));
  }
}
