package dev.kaizen.agent.testing;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small Maven project measured by JMH: {@code Distinct.count} compares every value with every
 * earlier one (quadratic) where a hash set would do, and the throughput benchmark {@code
 * demo.DistinctBench.count[size=2000]} measures it from the shaded {@code target/benchmarks.jar}.
 * Its tests pin the result; {@link #FAST_DISTINCT} is the same method without the slow loop. Its
 * pom is a {@link PackagedPom} with JMH and the shade plugin: plugin versions match Kaizen's own
 * build, so it builds offline once {@code prepare} has filled the local Maven repository with JMH.
 */
public final class JmhRepo {

  public static final String DISTINCT = "src/main/java/demo/Distinct.java";

  public static final String BENCH = "src/main/java/demo/DistinctBench.java";

  /** The benchmark's metric: JMH's name with its parameter. */
  public static final String BENCHMARK = "demo.DistinctBench.count[size=2000]";

  public static final String POM =
      PackagedPom.of("demo", "distinct")
          .withProperty("jmh.version", "1.37")
          .withDependency(
              """
          <dependency>
            <groupId>org.openjdk.jmh</groupId>
            <artifactId>jmh-core</artifactId>
            <version>${jmh.version}</version>
          </dependency>
          """)
          .withCompilerConfiguration(
              """
          <annotationProcessorPaths>
            <path>
              <groupId>org.openjdk.jmh</groupId>
              <artifactId>jmh-generator-annprocess</artifactId>
              <version>${jmh.version}</version>
            </path>
          </annotationProcessorPaths>
          """)
          .withPlugin(
              """
          <plugin>
            <artifactId>maven-shade-plugin</artifactId>
            <version>3.6.2</version>
            <executions>
              <execution>
                <phase>package</phase>
                <goals><goal>shade</goal></goals>
                <configuration>
                  <finalName>benchmarks</finalName>
                  <createDependencyReducedPom>false</createDependencyReducedPom>
                  <transformers>
                    <transformer implementation="org.apache.maven.plugins.shade.resource.ManifestResourceTransformer">
                      <mainClass>org.openjdk.jmh.Main</mainClass>
                    </transformer>
                    <transformer implementation="org.apache.maven.plugins.shade.resource.ServicesResourceTransformer"/>
                  </transformers>
                  <filters>
                    <filter>
                      <artifact>*:*</artifact>
                      <excludes>
                        <exclude>META-INF/*.SF</exclude>
                        <exclude>META-INF/*.DSA</exclude>
                        <exclude>META-INF/*.RSA</exclude>
                      </excludes>
                    </filter>
                  </filters>
                </configuration>
              </execution>
            </executions>
          </plugin>
          """)
          .text();

  public static final String SLOW_DISTINCT =
      """
      package demo;

      /** Counts the distinct values of an array. */
      public final class Distinct {

        private Distinct() {}

        public static int count(int[] values) {
          int distinct = 0;
          for (int i = 0; i < values.length; i++) {
            boolean seen = false;
            for (int j = 0; j < i; j++) { // compares with every earlier value: quadratic
              if (values[j] == values[i]) {
                seen = true;
                break;
              }
            }
            if (!seen) distinct++;
          }
          return distinct;
        }
      }
      """;

  public static final String FAST_DISTINCT =
      """
      package demo;

      import java.util.HashSet;

      /** Counts the distinct values of an array. */
      public final class Distinct {

        private Distinct() {}

        public static int count(int[] values) {
          var seen = new HashSet<Integer>();
          for (int v : values) seen.add(v);
          return seen.size();
        }
      }
      """;

  public static final String BENCH_SOURCE =
      """
      package demo;

      import java.util.concurrent.TimeUnit;
      import org.openjdk.jmh.annotations.Benchmark;
      import org.openjdk.jmh.annotations.BenchmarkMode;
      import org.openjdk.jmh.annotations.Mode;
      import org.openjdk.jmh.annotations.OutputTimeUnit;
      import org.openjdk.jmh.annotations.Param;
      import org.openjdk.jmh.annotations.Scope;
      import org.openjdk.jmh.annotations.Setup;
      import org.openjdk.jmh.annotations.State;

      /** Throughput of counting the distinct values of {@code size} ints, half of them repeated. */
      @BenchmarkMode(Mode.Throughput)
      @OutputTimeUnit(TimeUnit.MILLISECONDS)
      @State(Scope.Benchmark)
      public class DistinctBench {

        @Param({"2000"})
        public int size;

        int[] values;

        @Setup
        public void setup() {
          values = new int[size];
          for (int i = 0; i < size; i++) values[i] = (i * 7919) % (size / 2);
        }

        @Benchmark
        public int count() {
          return Distinct.count(values);
        }
      }
      """;

  public static final String TEST =
      """
      package demo;

      import static org.junit.jupiter.api.Assertions.assertEquals;

      import org.junit.jupiter.api.Test;

      class DistinctTest {
        @Test
        void counts_each_value_once() {
          assertEquals(3, Distinct.count(new int[] {4, 1, 4, 2, 1}));
        }

        @Test
        void counts_nothing_in_an_empty_array() {
          assertEquals(0, Distinct.count(new int[0]));
        }
      }
      """;

  /**
   * Short JMH runs (2 forks of 1 warmup and 2 measurement iterations of 100 ms) and a single look
   * after 8 pairs at alpha 0.1: even when one pair is inverted by a busy machine (short runs are
   * fragile), a clear speedup still shows (one inverted pair of the largest rank gives p = 25/256).
   */
  public static final String KAIZEN_YML =
      """
      prepare: mvn -B -q package -Dgroups=kaizen-prepare-runs-no-test -Dsurefire.failIfNoSpecifiedTests=false
      build: mvn -o -B -q -DskipTests package
      evals:
        - id: tests
          type: junit
          command: mvn -o -B -q test
        - id: jmh
          type: jmh
          command: java -jar target/benchmarks.jar -f 2 -wi 1 -i 2 -w 100ms -r 100ms -rf json -rff {out}
          role: target
      gate: {alpha: 0.1, min-effect: 0.01, pairs: {min: 8, max: 8}}
      sandbox: {backend: docker, image: host, cpus: 2, memory: 2g, timeout: 5m}
      budget: {max-iterations: 2, max-wall: 30m}
      """;

  private JmhRepo() {}

  /** The files of the repository, without {@code kaizen.yml}. */
  public static Map<String, String> project() {
    var files = new LinkedHashMap<String, String>();
    files.put("pom.xml", POM);
    files.put(DISTINCT, SLOW_DISTINCT);
    files.put(BENCH, BENCH_SOURCE);
    files.put("src/test/java/demo/DistinctTest.java", TEST);
    files.put(".gitignore", "target/\n");
    return files;
  }

  /** The files of the repository. */
  public static Map<String, String> files() {
    var files = project();
    files.put("kaizen.yml", KAIZEN_YML);
    return files;
  }

  /** Creates the repository with one commit on {@code main}, the slow count. */
  public static GitFixture create(Path dir) {
    GitFixture repo = GitFixture.init(dir);
    repo.writeAll(files()).commitAll("Count distinct values, measured by JMH");
    return repo;
  }
}
