package dev.kaizen.agent.config;

import dev.kaizen.evals.EvalSuggestion;
import java.util.List;

/**
 * The text {@code init} writes: a Maven project's tests, and the evals the eval types suggest, each
 * as its type writes it.
 */
public final class KaizenYml {

  /** What {@code init} writes above {@code protected:}. */
  private static final String PROTECTED_CORE =
      """
      # Patches may never touch Kaizen's protected core, whatever this file says: build files
      # (pom.xml, .mvn/, mvnw, Gradle files), kaizen.yml, CI (.github/, .ci/), tests and benchmarks
      # with their resources, and what each eval runs as its workload (its main class, the files
      # its command names, a JMH eval's benchmarks). 'protected' adds paths to that core; it never
      # removes any.
      """;

  private KaizenYml() {}

  public static String maven() {
    return header()
        + """
          # A target metric is what Kaizen tries to improve. Add a benchmark whose last line of
          # output is a JSON object of the run's nonce ($KAIZEN_NONCE) and its metrics, such as
          # {"nonce": "…", "ms_per_op": 1.5}, for example:
          # - id: speed
          #   type: command
          #   command: java -cp target/classes com.example.Bench
          #   metrics:
          #     - {name: ms_per_op, better: lower, role: target}

        gate: {alpha: 0.01, min-effect: 0.01, pairs: {min: 10, max: 40}, guard-max-regression: 0.02}
        """
        + PROTECTED_CORE
        + "protected: []\n"
        + footer();
  }

  /**
   * The file for a Maven project with the suggested evals (see {@link
   * dev.kaizen.evals.EvalType#suggest}).
   */
  public static String mavenWith(List<EvalSuggestion> suggested) {
    var text = new StringBuilder(header());
    suggested.forEach(s -> text.append(s.yaml()));
    text.append(
            """

        gate: {alpha: 0.01, min-effect: 0.01, pairs: {min: 10, max: 40}, guard-max-regression: 0.02}
        """)
        .append(PROTECTED_CORE);
    List<String> sources =
        suggested.stream().flatMap(s -> s.protectedPaths().stream()).distinct().toList();
    if (sources.isEmpty()) {
      text.append("protected: []\n");
    } else {
      text.append("# The benchmark sources: the measuring instrument.\nprotected:\n");
      for (String path : sources) text.append("  - ").append(quoted(path)).append('\n');
    }
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
        """
        .formatted(
            ProjectDefaults.MAVEN_PREPARE, ProjectDefaults.MAVEN_BUILD, ProjectDefaults.MAVEN_TEST);
  }

  private static String footer() {
    return """
        # backend: auto runs candidates in Docker, else under bubblewrap (process), and stops when
        # neither works here. unsafe-process runs them unisolated (your files, network and
        # Kaizen's environment within reach): only name it, or pass --allow-unsandboxed, on purpose.
        sandbox: {backend: auto, image: host, cpus: 1, memory: 2g, timeout: 10m, gpus: none}
        budget: {max-iterations: 20, max-wall: 2h}
        """;
  }

  private static String quoted(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
