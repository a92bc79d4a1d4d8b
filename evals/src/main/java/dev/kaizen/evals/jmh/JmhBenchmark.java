package dev.kaizen.evals.jmh;

import dev.kaizen.evals.Direction;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One benchmark of a JMH result file, with one score per fork.
 *
 * @param name the benchmark id: JMH's {@code benchmark} field, followed by its parameters in file
 *     order when it has any, as in {@code demo.SumBench.sum[kind=a,size=10]}
 * @param mode JMH's mode: {@code thrpt}, {@code avgt}, {@code sample} or {@code ss}
 * @param unit JMH's score unit, such as {@code ops/ms} or {@code ns/op}
 * @param forkScores one score per fork, in fork order: the mean of that fork's measurement
 *     iterations (for {@code sample}, the count-weighted mean of its samples); all finite
 * @param score JMH's own primary score, over all forks
 * @param secondaryForkScores per secondary metric (such as {@code gc.alloc.rate.norm} from {@code
 *     -prof gc}), one score per fork, in file order; only metrics with usable raw data
 */
public record JmhBenchmark(
    String name,
    String mode,
    String unit,
    List<Double> forkScores,
    double score,
    Map<String, List<Double>> secondaryForkScores) {

  /** The modes JMH writes to a result file. */
  public static final Set<String> MODES = Set.of("thrpt", "avgt", "sample", "ss");

  public JmhBenchmark {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(unit, "unit");
    if (name.isBlank()) throw new IllegalArgumentException("benchmark name must not be blank");
    if (!MODES.contains(mode))
      throw new IllegalArgumentException("unknown JMH mode '" + mode + "' of " + name);
    forkScores = finite(name, forkScores);
    if (forkScores.isEmpty()) throw new IllegalArgumentException(name + " has no fork scores");
    if (!Double.isFinite(score))
      throw new IllegalArgumentException(name + " has a non-finite score " + score);
    var secondary = new LinkedHashMap<String, List<Double>>();
    Objects.requireNonNull(secondaryForkScores, "secondaryForkScores")
        .forEach((metric, scores) -> secondary.put(metric, finite(name + ":" + metric, scores)));
    secondaryForkScores = Collections.unmodifiableMap(secondary);
  }

  /** A benchmark without secondary metrics. */
  public JmhBenchmark(
      String name, String mode, String unit, List<Double> forkScores, double score) {
    this(name, mode, unit, forkScores, score, Map.of());
  }

  /** How many forks ran: the number of replicates. */
  public int forks() {
    return forkScores.size();
  }

  /** True only for throughput; the other modes measure time, where lower is better. */
  public boolean higherIsBetter() {
    return mode.equals("thrpt");
  }

  /** {@link #higherIsBetter()} as the gate's direction. */
  public Direction direction() {
    return higherIsBetter() ? Direction.HIGHER : Direction.LOWER;
  }

  private static List<Double> finite(String what, List<Double> scores) {
    List<Double> copy = List.copyOf(Objects.requireNonNull(scores, "scores"));
    for (double s : copy) {
      if (!Double.isFinite(s))
        throw new IllegalArgumentException(what + " has a non-finite fork score " + s);
    }
    return copy;
  }
}
