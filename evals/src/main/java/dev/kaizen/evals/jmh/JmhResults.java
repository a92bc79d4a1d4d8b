package dev.kaizen.evals.jmh;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a JMH result file says.
 *
 * @param benchmarks every usable benchmark, in file order
 * @param problems one user-facing line per reason the file, or one of its entries, could not be
 *     used; an entry with a problem is not among {@code benchmarks}
 */
public record JmhResults(List<JmhBenchmark> benchmarks, List<String> problems) {

  public JmhResults {
    benchmarks = List.copyOf(Objects.requireNonNull(benchmarks, "benchmarks"));
    problems = List.copyOf(Objects.requireNonNull(problems, "problems"));
  }

  static JmhResults failed(String problem) {
    return new JmhResults(List.of(), List.of(problem));
  }

  /** No problems: every entry of the file was read. */
  public boolean ok() {
    return problems.isEmpty();
  }

  /** The benchmark with this {@linkplain JmhBenchmark#name() name}, if the file has it. */
  public Optional<JmhBenchmark> benchmark(String name) {
    return benchmarks.stream().filter(b -> b.name().equals(name)).findFirst();
  }
}
