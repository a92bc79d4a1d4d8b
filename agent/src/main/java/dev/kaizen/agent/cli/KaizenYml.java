package dev.kaizen.agent.cli;

import dev.kaizen.agent.config.JmhSetup;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.config.ProjectDefaults;
import java.util.LinkedHashSet;
import java.util.List;

/** The text {@code init} writes. */
final class KaizenYml {

  /** JMH's options in the written command: 2 forks of 3 warmup and 5 measurement iterations of 1 s. */
  static final String JMH_OPTIONS = ProjectDefaults.JMH_OPTIONS;

  /** Seconds one benchmark takes with {@link #JMH_OPTIONS}: 2 × (3 + 5) × 1 s. */
  static final int SECONDS_PER_BENCHMARK = 16;

  /** How often the gate runs the benchmarks per candidate with the written pairs (10 to 40, both sides). */
  static final int RUNS_MIN = 20;
  static final int RUNS_MAX = 80;

  private KaizenYml() {}

  static String maven() {
    return header() + """
          # A target metric is what Kaizen tries to improve. Add a benchmark whose last line of
          # output is a JSON object of metrics, for example:
          # - id: speed
          #   type: command
          #   command: java -cp target/classes com.example.Bench
          #   metrics:
          #     - {name: ms_per_op, better: lower, role: target}

        gate: {alpha: 0.01, min-effect: 0.01, pairs: {min: 10, max: 40}, guard-max-regression: 0.02}
        protected: [%s]
        """.formatted(String.join(", ", protectedPaths(List.of()).stream().map(KaizenYml::quoted).toList()))
        + footer();
  }

  static String mavenWithJmh(JmhSetup jmh) {
    String command = "java -jar " + shellWord(jmh.jarPath()) + " " + JMH_OPTIONS;
    int perRun = jmh.benchmarkCount() * SECONDS_PER_BENCHMARK;
    var text = new StringBuilder(header());
    text.append("""
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
        """.formatted(SECONDS_PER_BENCHMARK, jmh.benchmarkCount(), duration(perRun), duration(RUNS_MIN * perRun),
        duration(RUNS_MAX * perRun)));
    for (String note : jmh.notes()) text.append("  # Note: ").append(note).append('\n');
    if (!jmh.otherModules().isEmpty()) {
      text.append("  # Other modules with JMH, not measured here (add an eval each): ")
          .append(String.join(", ", jmh.otherModules())).append('\n');
    }
    text.append("""
          - id: jmh
            type: jmh
            command: %s
            role: target

        gate: {alpha: 0.01, min-effect: 0.01, pairs: {min: 10, max: 40}, guard-max-regression: 0.02}
        # Patches may not touch these; benchmark sources are the measuring instrument.
        protected:
        """.formatted(yamlScalar(command)));
    for (String path : protectedPaths(jmh.benchmarkSources())) text.append("  - ").append(quoted(path)).append('\n');
    return text.append('\n').append(footer()).toString();
  }

  private static String header() {
    return """
        # Kaizen's settings for this repository: what "better" means and how it is measured.
        # Every key is optional; an unknown key or a bad value is an error naming its line.

        # Runs once on the host, with network, in a copy of the trusted baseline, to fill the
        # Maven repository so that the sandbox can build offline. Never runs on a candidate.
        prepare: %s

        # Builds each tree once before its evals run.
        build: %s

        evals:
          - id: tests              # must pass on every candidate; the test count must not drop
            type: junit
            command: %s
        """.formatted(ProjectDefaults.MAVEN_PREPARE, ProjectDefaults.MAVEN_BUILD, ProjectDefaults.MAVEN_TEST);
  }

  private static String footer() {
    return """
        sandbox: {backend: auto, image: host, cpus: 1, memory: 2g, timeout: 10m, gpus: none}
        budget: {max-iterations: 20, max-wall: 2h}
        """;
  }

  private static List<String> protectedPaths(List<String> benchmarkSources) {
    var paths = new LinkedHashSet<>(KaizenConfig.DEFAULT_PROTECTED);
    paths.add("**/src/jmh/**");
    paths.addAll(benchmarkSources);
    return List.copyOf(paths);
  }

  private static String duration(int seconds) {
    if (seconds < 120) return seconds + " s";
    if (seconds < 120 * 60) return Math.round(seconds / 60.0) + " min";
    return String.format(java.util.Locale.ROOT, "%.1f h", seconds / 3600.0);
  }

  /** A path as one shell word. */
  private static String shellWord(String s) {
    return s.matches("[A-Za-z0-9._/+-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
  }

  /** A YAML scalar: plain when that reads back the same, else double-quoted. */
  private static String yamlScalar(String s) {
    return s.matches("[A-Za-z0-9 ._/+={}-]+") ? s : quoted(s);
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
