package dev.kaizen.evals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * The order of the two sides in a batch of pairs: as many baseline-first (AB) as candidate-first
 * (BA) pairs, the extra one of an odd batch chosen at random, then shuffled, so neither side
 * systematically runs first (warm caches, thermal state, a neighbour's load).
 */
final class PairOrder {

  private PairOrder() {}

  /** For each of {@code count} pairs, whether the baseline runs first. */
  static List<Boolean> balanced(int count, RandomGenerator random) {
    if (count < 0) throw new IllegalArgumentException("count must not be negative: " + count);
    var order = new ArrayList<Boolean>(count);
    for (int i = 0; i < count / 2; i++) {
      order.add(true);
      order.add(false);
    }
    if (count % 2 == 1) order.add(random.nextBoolean());
    // Fisher–Yates with the caller's generator, so a seeded run is reproducible.
    for (int i = order.size() - 1; i > 0; i--) {
      Collections.swap(order, i, random.nextInt(i + 1));
    }
    return order;
  }
}
