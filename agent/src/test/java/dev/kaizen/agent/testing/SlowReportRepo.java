package dev.kaizen.agent.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small Maven project with a planted slowness that a rewrite rule fixes: {@code Report.render}
 * builds a string with {@code +=} in a loop (quadratic). Its benchmark prints {@code ms_per_op};
 * its tests pin the output. Its pom is a {@link PackagedPom}: plugin versions match Kaizen's own
 * build, so it builds offline from the local Maven repository.
 */
public final class SlowReportRepo {

  public static final String REPORT = "src/main/java/demo/Report.java";

  public static final String POM = PackagedPom.of("demo", "slow-report").text();

  public static final String SLOW_REPORT =
      """
      package demo;

      /** Renders numbers as a comma-separated line. */
      public final class Report {

        private Report() {}

        public static String render(int count) {
          String out = "";
          for (int i = 0; i < count; i++) {
            out += i + ",";
          }
          return out;
        }
      }
      """;

  public static final String BENCH =
      """
      package demo;

      public final class Bench {
        public static void main(String[] args) {
          int n = 20000;
          long sink = 0;
          for (int i = 0; i < 5; i++) sink += Report.render(n).length();
          int runs = 9;
          double[] ms = new double[runs];
          for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            sink += Report.render(n).length();
            ms[i] = (System.nanoTime() - t) / 1e6;
          }
          java.util.Arrays.sort(ms);
          System.out.println("rendered " + sink + " chars");
          String nonce = System.getenv("KAIZEN_NONCE");
          System.out.println("{\\"nonce\\": \\"" + nonce + "\\", \\"ms_per_op\\": " + ms[runs / 2] + "}");
        }
      }
      """;

  public static final String TEST =
      """
      package demo;

      import static org.junit.jupiter.api.Assertions.assertEquals;

      import org.junit.jupiter.api.Test;

      class ReportTest {
        @Test
        void renders_numbers_separated_by_commas() {
          assertEquals("0,1,2,", Report.render(3));
        }

        @Test
        void renders_nothing_for_zero() {
          assertEquals("", Report.render(0));
        }
      }
      """;

  public static final String KAIZEN_YML =
      """
      build: mvn -o -B -q -DskipTests package
      evals:
        - id: tests
          type: junit
          command: mvn -o -B -q test
        - id: speed
          type: command
          command: java -cp target/classes demo.Bench
          metrics:
            - {name: ms_per_op, better: lower, role: target}
      gate: {alpha: 0.01, min-effect: 0.01, pairs: {min: 8, max: 12}}
      sandbox: {backend: docker, image: host, cpus: 1, memory: 1g, timeout: 5m}
      budget: {max-iterations: 5, max-wall: 30m}
      """;

  /** The report with a second slow method that the benchmark does not exercise. */
  public static final String TWO_SLOW_METHODS =
      SLOW_REPORT.substring(0, SLOW_REPORT.lastIndexOf('}'))
          + """

        public static String renderSquares(int count) {
          String out = "";
          for (int i = 0; i < count; i++) {
            out += (i * i) + ";";
          }
          return out;
        }
      }
      """;

  /** The benchmark, also reporting the heap still in use after a collection: a guard metric. */
  public static final String BENCH_WITH_HEAP =
      BENCH.replace(
          "System.out.println(\"{\\\"nonce\\\": \\\"\" + nonce + \"\\\", \\\"ms_per_op\\\": \" + ms[runs / 2] + \"}\");",
          "Runtime rt = Runtime.getRuntime();\n"
              + "          for (int i = 0; i < 3; i++) System.gc();\n"
              + "          double heapKb = (rt.totalMemory() - rt.freeMemory()) / 1024.0;\n"
              + "          System.out.println(\"{\\\"nonce\\\": \\\"\" + nonce + \"\\\", \\\"ms_per_op\\\": \" + ms[runs / 2] + \", \\\"heap_kb\\\": \" + heapKb + \"}\");");

  /** The configuration with {@code heap_kb} as a guard. */
  public static final String KAIZEN_YML_WITH_GUARD =
      KAIZEN_YML.replace(
          "      - {name: ms_per_op, better: lower, role: target}\n",
          "      - {name: ms_per_op, better: lower, role: target}\n"
              + "      - {name: heap_kb, better: lower, role: guard}\n");

  /**
   * A model's answer that fixes the slowness with one SEARCH/REPLACE block, as the system prompt
   * asks.
   */
  public static final String MODEL_FIX =
      """
      Summary: Build the line with a StringBuilder
      Rationale: Concatenating with += copies the whole string on every pass, which is quadratic.
      A StringBuilder appends in amortised constant time.

      src/main/java/demo/Report.java
      ```java
      <<<<<<< SEARCH
          String out = "";
          for (int i = 0; i < count; i++) {
            out += i + ",";
          }
          return out;
      =======
          StringBuilder out = new StringBuilder();
          for (int i = 0; i < count; i++) {
            out.append(i).append(',');
          }
          return out.toString();
      >>>>>>> REPLACE
      ```
      """;

  /** The same fix with a SEARCH the file does not have (a made-up initialiser). */
  public static final String MODEL_FIX_MISMATCHED =
      MODEL_FIX.replace(
          "    String out = \"\";\n    for", "    String out = new String();\n    for");

  /** The fix with a mistake the compiler finds: it returns the builder where a String is due. */
  public static final String MODEL_FIX_NOT_COMPILING =
      MODEL_FIX.replace("    return out.toString();\n", "    return out;\n");

  private SlowReportRepo() {}

  /** The files of the repository. */
  public static Map<String, String> files() {
    var files = new LinkedHashMap<String, String>();
    files.put("pom.xml", POM);
    files.put("kaizen.yml", KAIZEN_YML);
    files.put(REPORT, SLOW_REPORT);
    files.put("src/main/java/demo/Bench.java", BENCH);
    files.put("src/test/java/demo/ReportTest.java", TEST);
    files.put(".gitignore", "target/\n");
    return files;
  }

  /** Creates the repository with one commit on {@code main}. */
  public static GitFixture create(Path dir) {
    GitFixture repo = GitFixture.init(dir);
    repo.writeAll(files()).commitAll("A report that is slow for large counts");
    return repo;
  }

  /** Creates the repository with a guard metric: the heap the benchmark keeps alive. */
  public static GitFixture createWithGuard(Path dir) {
    GitFixture repo = GitFixture.init(dir);
    var files = files();
    files.put("src/main/java/demo/Bench.java", BENCH_WITH_HEAP);
    files.put("kaizen.yml", KAIZEN_YML_WITH_GUARD);
    repo.writeAll(files).commitAll("A slow report whose benchmark also reports its heap");
    if (!repo.read("src/main/java/demo/Bench.java").contains("heap_kb")
        || !repo.read("kaizen.yml").contains("heap_kb")) {
      throw new IllegalStateException("the guard fixture did not take");
    }
    return repo;
  }

  /**
   * Creates the repository with two places the heuristic proposer rewrites, one after the other.
   */
  public static GitFixture createWithTwoSlowMethods(Path dir) {
    GitFixture repo = GitFixture.init(dir);
    var files = files();
    files.put(REPORT, TWO_SLOW_METHODS);
    repo.writeAll(files).commitAll("A report with two slow methods");
    return repo;
  }
}
