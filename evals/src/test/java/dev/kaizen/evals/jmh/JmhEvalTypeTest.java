package dev.kaizen.evals.jmh;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.evals.Direction;
import dev.kaizen.evals.EvalSpec;
import dev.kaizen.evals.MetricSpec;
import dev.kaizen.evals.Role;
import dev.kaizen.evals.types.EvalTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a jmh eval tells the rest of Kaizen about itself: its targets, its profiling command, its
 * lines for a proposer.
 */
class JmhEvalTypeTest {

  static final String COMMAND = "java -jar target/benchmarks.jar -rf json -rff {out}";

  private static EvalSpec jmh(Role role, List<MetricSpec> named) {
    return new EvalSpec("jmh", EvalTypes.JMH, COMMAND, named, Optional.empty(), role);
  }

  @Test
  void its_benchmarks_are_targets_unless_its_role_says_guard_and_none_is_named_a_target() {
    assertThat(EvalTypes.JMH.mayHaveTargets(jmh(Role.TARGET, List.of()))).isTrue();
    assertThat(EvalTypes.JMH.mayHaveTargets(jmh(Role.GUARD, List.of()))).isFalse();
    assertThat(
            EvalTypes.JMH.mayHaveTargets(
                jmh(
                    Role.GUARD,
                    List.of(new MetricSpec("demo.B.b", Direction.HIGHER, Role.TARGET)))))
        .isTrue();
  }

  @Test
  void profiling_writes_its_results_to_the_scratch_file() {
    assertThat(
            EvalTypes.JMH.profileCommand(jmh(Role.TARGET, List.of()), ".kaizen-profile-jmh.json"))
        .contains("java -jar target/benchmarks.jar -rf json -rff .kaizen-profile-jmh.json");
  }

  @Test
  void a_proposer_is_told_the_role_of_every_benchmark_unless_they_are_named() {
    assertThat(EvalTypes.JMH.describe(jmh(Role.GUARD, List.of())))
        .containsExactly("every benchmark of the JMH eval 'jmh': guard");
    assertThat(
            EvalTypes.JMH.describe(
                jmh(
                    Role.TARGET,
                    List.of(new MetricSpec("demo.B.b", Direction.HIGHER, Role.GUARD)))))
        .isEmpty();
  }

  @Test
  void benchmarks_beside_the_code_in_the_root_module_protect_only_their_files(@TempDir Path tree)
      throws IOException {
    Files.writeString(
        tree.resolve("pom.xml"),
        "<project><dependencies><dependency><groupId>org.openjdk.jmh</groupId>"
            + "<artifactId>jmh-core</artifactId></dependency></dependencies></project>");
    Path demo = Files.createDirectories(tree.resolve("src/main/java/demo"));
    Files.writeString(
        demo.resolve("DistinctBench.java"),
        "package demo;\nimport org.openjdk.jmh.annotations.Benchmark;\n"
            + "public class DistinctBench {\n  @Benchmark\n  public int count() { return 1; }\n}\n");
    Files.writeString(demo.resolve("Distinct.java"), "package demo;\nclass Distinct {}\n");
    var spec =
        new EvalSpec(
            "jmh",
            EvalTypes.JMH,
            "java -jar target/benchmarks.jar Distinct -rf json -rff {out}",
            List.of(),
            Optional.empty());

    assertThat(EvalTypes.JMH.workload(spec, tree))
        .as("the pattern 'Distinct' selects benchmarks; it names no class to protect")
        .containsExactly("src/main/java/demo/DistinctBench.java");
  }
}
