package dev.kaizen.evals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.evals.types.EvalTypes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandWorkloadTest {

  @TempDir Path tree;

  private void write(String path) throws IOException {
    Path file = tree.resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "x");
  }

  @Test
  void a_class_name_protects_its_source_in_any_module_also_after_an_equals_sign() {
    CommandWorkload w =
        CommandWorkload.of(
            "java -Xmx512m -cp a/target/a.jar:b/target/classes dev.demo.Bench 3"
                + " && mvn -q exec:java -Dexec.mainClass=dev.demo.Other$Inner"
                + " && java -cp x Plain",
            tree);

    assertThat(w.classes())
        .containsExactly("**/dev/demo/Bench.*", "**/dev/demo/Other.*", "Plain.*");
    assertThat(w.paths()).isEmpty();
    assertThat(w.programs()).isEmpty();
  }

  @Test
  void files_and_folders_of_the_tree_it_names_are_protected_but_not_the_root_or_build_output()
      throws IOException {
    write("bench.sh");
    write("data/input.txt");
    write("bench/pom.xml");
    write("target/classes/Demo.class");

    CommandWorkload w =
        CommandWorkload.of(
            "./bench.sh data/input.txt . -pl bench --input=data/input.txt target/classes ../x /etc",
            tree);

    assertThat(w.paths()).containsExactly("/bench.sh", "data/input.txt", "bench/**");
  }

  @Test
  void a_jar_run_with_dash_jar_names_the_module_that_builds_it() {
    assertThat(CommandWorkload.of("java -jar perf/bench/target/perf.jar -f 1", tree).programs())
        .containsExactly("perf/bench");
    assertThat(CommandWorkload.of("java -jar ./target/app.jar", tree).globs())
        .as("a jar built at the root: every source of the root module")
        .containsExactly("src/**");
    assertThat(CommandWorkload.of("java -jar app/build/libs/app.jar", tree).globs())
        .containsExactly("app/src/**");
    assertThat(CommandWorkload.of("java -jar ../elsewhere/target/x.jar", tree).programs())
        .isEmpty();
    assertThat(CommandWorkload.of("java -cp app/target/app.jar demo.Main", tree).programs())
        .as("a jar on a class path: the named class is the workload")
        .isEmpty();
  }

  @Test
  void a_metric_eval_protects_what_its_command_names_and_a_test_eval_nothing() throws IOException {
    write("bench.sh");
    String command = "./bench.sh demo.Bench";
    var metrics = List.of(new MetricSpec("ms", Direction.LOWER, Role.TARGET));
    var speed = new EvalSpec("speed", EvalTypes.COMMAND, command, metrics, Optional.empty());
    var tests = new EvalSpec("tests", EvalTypes.JUNIT, command, List.of(), Optional.empty());

    assertThat(speed.type().workload(speed, tree)).containsExactly("**/demo/Bench.*", "/bench.sh");
    assertThat(tests.type().workload(tests, tree)).isEmpty();
  }
}
