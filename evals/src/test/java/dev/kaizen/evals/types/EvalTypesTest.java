package dev.kaizen.evals.types;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.evals.Direction;
import dev.kaizen.evals.EvalEntry;
import dev.kaizen.evals.EvalSpec;
import dev.kaizen.evals.EvalType;
import dev.kaizen.evals.MetricSpec;
import dev.kaizen.evals.Role;
import dev.kaizen.evals.SuiteSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalTypesTest {

  /** The smallest type there is: a test eval whose entry has no keys of its own. */
  static final EvalType NOTHING =
      new EvalType() {
        @Override
        public String id() {
          return "nothing";
        }

        @Override
        public boolean measures() {
          return false;
        }

        @Override
        public List<String> keys() {
          return List.of();
        }

        @Override
        public Optional<String> check(
            String id, String command, List<MetricSpec> metrics, Role benchmarkRole) {
          return Optional.empty();
        }

        @Override
        public EvalSpec read(EvalEntry entry) {
          return new EvalSpec(entry.id(), this, entry.command(), List.of(), entry.timeout());
        }

        @Override
        public boolean mayHaveTargets(EvalSpec spec) {
          return false;
        }
      };

  @Test
  void the_standard_types_are_junit_command_and_jmh_in_that_order() {
    assertThat(EvalTypes.standard().ids()).containsExactly("junit", "command", "jmh");
    assertThat(EvalTypes.standard().get("jmh")).isSameAs(EvalTypes.JMH);
    assertThat(EvalTypes.standard().all())
        .containsExactly(EvalTypes.JUNIT, EvalTypes.COMMAND, EvalTypes.JMH);
  }

  @Test
  void an_unknown_id_is_refused_naming_every_registered_type() {
    assertThatThrownBy(() -> EvalTypes.standard().get("gradle"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown eval type 'gradle' (expected junit, command or jmh)");
    assertThatThrownBy(() -> EvalTypes.standard().with(NOTHING).get("JUNIT"))
        .hasMessage("unknown eval type 'JUNIT' (expected junit, command, jmh or nothing)");
  }

  @Test
  void a_type_is_added_after_the_others_and_only_once() {
    EvalTypes types = EvalTypes.standard().with(NOTHING);

    assertThat(types.ids()).containsExactly("junit", "command", "jmh", "nothing");
    assertThat(types.get("nothing")).isSameAs(NOTHING);
    assertThat(EvalTypes.standard().ids())
        .as("the standard registry is left as it was")
        .doesNotContain("nothing");
    assertThatThrownBy(() -> types.with(NOTHING))
        .hasMessage("an eval type 'nothing' is registered already");
  }

  @Test
  void the_suite_splits_test_and_metric_evals_by_what_their_type_says() {
    var nothing = new EvalSpec("smoke", NOTHING, "true", List.of(), Optional.empty());
    var speed =
        EvalTypes.command(
            "speed", "java Bench", List.of(new MetricSpec("ms", Direction.LOWER, Role.GUARD)));
    var suite =
        new SuiteSpec(
            Optional.empty(), List.of(EvalTypes.junit("tests", "mvn test"), nothing, speed));

    assertThat(suite.testEvals()).extracting(EvalSpec::id).containsExactly("tests", "smoke");
    assertThat(suite.metricEvals()).extracting(EvalSpec::id).containsExactly("speed");
    assertThat(suite.hasTargets()).as("a guard alone is no target").isFalse();
  }

  @Test
  void the_built_in_types_check_what_is_particular_to_them() {
    assertThatThrownBy(() -> EvalTypes.command("speed", "java Bench", List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("command eval 'speed' declares no metrics");
    assertThatThrownBy(
            () ->
                new EvalSpec(
                    "tests",
                    EvalTypes.JUNIT,
                    "mvn test",
                    List.of(new MetricSpec("ms", Direction.LOWER, Role.TARGET)),
                    Optional.empty()))
        .hasMessage("junit eval 'tests' cannot declare metrics");
    assertThatThrownBy(() -> EvalTypes.jmh("jmh", "java -jar target/benchmarks.jar"))
        .hasMessageStartingWith("jmh eval 'jmh' must write its results to {out}");
  }

  @Test
  void suggestions_come_from_the_types_that_find_something_in_the_tree(@TempDir Path tree)
      throws IOException {
    Files.writeString(tree.resolve("pom.xml"), "<project><artifactId>plain</artifactId></project>");
    assertThat(EvalTypes.standard().suggest(tree)).as("a Maven project without JMH").isEmpty();

    Files.writeString(
        tree.resolve("pom.xml"),
        """
        <project>
          <artifactId>bench</artifactId>
          <dependencies>
            <dependency><groupId>org.openjdk.jmh</groupId><artifactId>jmh-core</artifactId></dependency>
          </dependencies>
        </project>
        """);

    assertThat(EvalTypes.standard().suggest(tree))
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.eval().type()).isSameAs(EvalTypes.JMH);
              assertThat(s.eval().command()).startsWith("java -jar target/benchmarks.jar -f 2 ");
              assertThat(s.found()).isEqualTo("JMH benchmarks");
              assertThat(s.yaml()).contains("  - id: jmh\n    type: jmh\n");
            });
  }
}
