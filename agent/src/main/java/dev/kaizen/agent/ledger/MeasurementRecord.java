package dev.kaizen.agent.ledger;

import dev.kaizen.evals.Measurement;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * One run of the metric evals on one tree, as the ledger keeps it: each side of a pair in {@code
 * scorecard.json}'s {@code samples}, and {@code measurement} of {@code eval --json}.
 *
 * @param metrics every metric's value, by name (in name order)
 * @param forks the per-fork scores of each JMH benchmark, by name; null (left out) when there are
 *     none
 * @param wallMs the wall-clock time of the eval commands together
 * @param peakMemoryBytes their highest peak memory; null when the sandbox could not measure it
 * @param problem why the run gave no usable metrics; null when it did
 * @param runs every command run, in order
 */
public record MeasurementRecord(
    Map<String, Double> metrics,
    Map<String, List<Double>> forks,
    long wallMs,
    Long peakMemoryBytes,
    String problem,
    List<RunRecord> runs) {

  public MeasurementRecord {
    metrics =
        Collections.unmodifiableSortedMap(new TreeMap<>(metrics == null ? Map.of() : metrics));
    if (forks == null || forks.isEmpty()) {
      forks = null;
    } else {
      var sorted = new TreeMap<String, List<Double>>();
      forks.forEach((k, v) -> sorted.put(k, List.copyOf(v)));
      forks = Collections.unmodifiableSortedMap(sorted);
    }
    runs = runs == null ? List.of() : List.copyOf(runs);
  }

  /** The record of one run of the metric evals. */
  public static MeasurementRecord of(Measurement m) {
    return new MeasurementRecord(
        m.metrics(),
        m.replicates(),
        m.wall().toMillis(),
        m.peakMemoryBytes().isPresent() ? m.peakMemoryBytes().getAsLong() : null,
        m.problem().orElse(null),
        m.logs().stream().map(RunRecord::of).toList());
  }

  /**
   * The measurement as the gate had it, as far as the gate's per-metric statistics need it: its
   * metrics (those with a value; none when it has a problem) and its problem.
   */
  Measurement measurement() {
    var values = new TreeMap<String, Double>();
    if (problem == null)
      metrics.forEach(
          (k, v) -> {
            if (v != null) values.put(k, v);
          });
    return new Measurement(
        values,
        List.of(),
        Map.of(),
        Duration.ofMillis(wallMs),
        peakMemoryBytes == null ? OptionalLong.empty() : OptionalLong.of(peakMemoryBytes),
        Optional.ofNullable(problem),
        List.of());
  }
}
