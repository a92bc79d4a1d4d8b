package dev.kaizen.evals.jmh;

import dev.kaizen.evals.EvalSpec;
import dev.kaizen.evals.EvalSuggestion;
import dev.kaizen.evals.EvalType;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The jmh eval that {@code init} and the defaults propose for the benchmarks {@link JmhSetup}
 * found, with the comments {@code init} writes above it: what the eval measures, how long a run
 * takes with {@link JmhEvalType#OPTIONS}, and what could not be worked out.
 */
final class JmhSuggestion {

  /** Seconds one benchmark takes with {@link JmhEvalType#OPTIONS}: 2 × (3 + 5) × 1 s. */
  static final int SECONDS_PER_BENCHMARK = 16;

  /**
   * How often the gate runs the benchmarks per candidate with the pairs {@code init} writes (10 to
   * 40, both sides).
   */
  static final int RUNS_MIN = 20;

  static final int RUNS_MAX = 80;

  private JmhSuggestion() {}

  static EvalSuggestion of(EvalType type, JmhSetup jmh) {
    var eval =
        new EvalSpec(
            "jmh",
            type,
            "java -jar " + jmh.jarPath() + " " + JmhEvalType.OPTIONS,
            List.of(),
            Optional.empty());
    List<String> summary =
        List.of(
            "and every benchmark of "
                + jmh.jarPath()
                + " is a target ("
                + jmh.benchmarkCount()
                + " @Benchmark method(s) found).",
            "Check the jmh eval's run length (the gate runs it "
                + RUNS_MIN
                + " to "
                + RUNS_MAX
                + " times per candidate);"
                + " then commit kaizen.yml.");
    return new EvalSuggestion(eval, "JMH benchmarks", yaml(jmh), jmh.benchmarkSources(), summary);
  }

  /** The eval as an item of {@code kaizen.yml}'s {@code evals} list, its comments first. */
  static String yaml(JmhSetup jmh) {
    String command = "java -jar " + shellWord(jmh.jarPath()) + " " + JmhEvalType.OPTIONS;
    int perRun = jmh.benchmarkCount() * SECONDS_PER_BENCHMARK;
    var text =
        new StringBuilder(
            """
          # The target: JMH's JSON results, written to the file Kaizen puts in place of {out}.
          # Every benchmark (with its @Param values) is a metric; its value is the median of the
          # forks' scores. Higher is better for throughput, lower for the time modes.
          # Keep runs short: the gate runs this command 20 to 80 times per candidate (10 to 40
          # pairs, baseline and candidate each). These options take about %d s per benchmark
          # (2 forks x (3 warmup + 5 measurement iterations) x 1 s) plus the JVMs' start; the
          # sources hold %d @Benchmark method(s): about %s per run before @Param values, so
          # %s to %s of measuring per candidate.
          # Two forks per run even out one JVM's luck (JIT, memory layout); to shorten a run, name
          # only the benchmarks that matter with a regex after the jar, or lower -i and -r.
          # A benchmark can get its own role (guard: must not regress), by its full name:
          #   metrics:
          #     - {name: com.example.MyBench.parse, better: higher, role: guard}
        """
                .formatted(
                    SECONDS_PER_BENCHMARK,
                    jmh.benchmarkCount(),
                    duration(perRun),
                    duration(RUNS_MIN * perRun),
                    duration(RUNS_MAX * perRun)));
    for (String note : jmh.notes()) text.append("  # Note: ").append(note).append('\n');
    if (!jmh.otherModules().isEmpty()) {
      text.append("  # Other modules with JMH, not measured here (add an eval each): ")
          .append(String.join(", ", jmh.otherModules()))
          .append('\n');
    }
    text.append(
        """
          - id: jmh
            type: jmh
            command: %s
            role: target
        """
            .formatted(yamlScalar(command)));
    return text.toString();
  }

  private static String duration(int seconds) {
    if (seconds < 120) return seconds + " s";
    if (seconds < 120 * 60) return Math.round(seconds / 60.0) + " min";
    return String.format(Locale.ROOT, "%.1f h", seconds / 3600.0);
  }

  /** A path as one shell word. */
  private static String shellWord(String s) {
    return s.matches("[A-Za-z0-9._/+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  /** A YAML scalar: plain when that reads back the same, else double-quoted. */
  private static String yamlScalar(String s) {
    return s.matches("[A-Za-z0-9 ._/+={}-]+")
        ? s
        : "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
