package dev.kaizen.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * Summary of repeated timings.
 *
 * @param runs how many timings
 * @param median the middle timing (the mean of the two middle ones for an even count)
 * @param p90 the 90th percentile, by nearest rank
 * @param min the fastest
 * @param max the slowest
 */
public record Stats(int runs, Duration median, Duration p90, Duration min, Duration max) {

  public Stats {
    Objects.requireNonNull(median, "median");
    Objects.requireNonNull(p90, "p90");
    Objects.requireNonNull(min, "min");
    Objects.requireNonNull(max, "max");
    if (runs < 1) throw new IllegalArgumentException("no timings");
  }

  /** Summarises {@code timings}, which must not be empty. */
  public static Stats of(List<Duration> timings) {
    if (timings.isEmpty()) throw new IllegalArgumentException("no timings");
    List<Duration> sorted = timings.stream().sorted().toList();
    int n = sorted.size();
    Duration median =
        n % 2 == 1 ? sorted.get(n / 2) : sorted.get(n / 2 - 1).plus(sorted.get(n / 2)).dividedBy(2);
    Duration p90 = sorted.get((int) Math.ceil(0.9 * n) - 1);
    return new Stats(n, median, p90, sorted.get(0), sorted.get(n - 1));
  }
}
