package dev.kaizen.evals;

import java.util.random.RandomGenerator;

/**
 * The order of the two sides, pair after pair, chosen so that a side's after-effect cannot tilt the
 * comparison.
 *
 * <p>A run can leave the machine changed for the run after it (a hot page cache, a throttled CPU, a
 * file in a shared place): a candidate that slows whatever runs next would otherwise look faster,
 * since in a candidate-first pair the baseline always runs right after it. Here each pair starts
 * with the side that ended the pair before (AB, BA, AB, BA, … or BA, AB, BA, AB, … as the first
 * pair is drawn at random), and before the first pair one unmeasured washout run of its first side
 * is made (see {@link #washoutFirst()}). Then each side is measured after itself in half of its
 * runs and after the other side in the other half, and within every pair both sides follow the same
 * side (in AB after A, both; in BA after B, both): a first-order after-effect adds as much to one
 * side as to the other and cancels from each pair's difference. Any even number of pairs holds as
 * many baseline-first as candidate-first pairs.
 */
final class PairOrder {

  private final RandomGenerator random;
  private Boolean previous;

  /**
   * @param random draws the first pair's order, so a seeded run is reproducible
   */
  PairOrder(RandomGenerator random) {
    this.random = random;
  }

  /** Whether no pair has been ordered yet: the first needs a {@link #washoutFirst() washout}. */
  boolean washoutFirst() {
    return previous == null;
  }

  /** Whether the baseline runs first in the next pair. */
  boolean next() {
    previous = previous == null ? random.nextBoolean() : !previous;
    return previous;
  }
}
