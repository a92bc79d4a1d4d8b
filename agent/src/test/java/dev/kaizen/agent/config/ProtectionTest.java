package dev.kaizen.agent.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link KaizenConfig#protection} protects: the core, what kaizen.yml adds, the workloads. */
class ProtectionTest {

  @TempDir Path tree;

  private static final String TESTS =
      "evals:\n  - {id: tests, type: junit, command: mvn -o -B -q test}\n";

  private static KaizenConfig read(String yaml) {
    return ConfigReader.read(yaml, "kaizen.yml", "test", ProjectDefaults.maven());
  }

  private void write(Map<String, String> files) throws IOException {
    for (var f : files.entrySet()) {
      Path file = tree.resolve(f.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, f.getValue());
    }
  }

  private String why(KaizenConfig config, String path) {
    return config.protection(tree).firstMatch(path).map(ProtectedPath::why).orElse("not protected");
  }

  @Test
  void an_empty_protected_list_removes_nothing_from_the_core() {
    KaizenConfig config = read(TESTS + "protected: []\n");

    ProtectedPaths protection = config.protection(tree);

    assertThat(config.protectedPaths()).isEmpty();
    assertThat(protection.globs()).containsAll(ProtectedCore.globs());
    assertThat(protection.test("pom.xml")).isTrue();
    assertThat(protection.test(".mvn/maven.config")).isTrue();
    assertThat(protection.test("src/test/java/demo/ATest.java")).isTrue();
    assertThat(protection.test("src/main/java/demo/Report.java")).isFalse();
  }

  @Test
  void the_protected_list_adds_to_the_core_with_its_own_reason() {
    KaizenConfig config = read(TESTS + "protected: [\"docs/**\", \"pom.xml\"]\n");

    ProtectedPaths protection = config.protection(tree);

    assertThat(protection.globs())
        .startsWith(ProtectedCore.globs().toArray(String[]::new))
        .contains("docs/**");
    assertThat(why(config, "docs/guide.md")).isEqualTo("listed under protected: in kaizen.yml");
    assertThat(why(config, "pom.xml"))
        .as("the core's reason comes first")
        .startsWith("a build file");
  }

  @Test
  void a_command_evals_main_class_and_the_files_it_names_are_its_workload() throws IOException {
    write(
        Map.of(
            "src/main/java/demo/Bench.java", "package demo; class Bench {}",
            "src/main/java/demo/Report.java", "package demo; class Report {}",
            "data/input.txt", "1 2 3",
            "bench.sh", "#!/bin/sh"));
    KaizenConfig config =
        read(
            TESTS
                + "  - id: speed\n"
                + "    type: command\n"
                + "    command: sh ./bench.sh && java -cp target/classes demo.Bench data/input.txt .\n"
                + "    metrics: [{name: ms_per_op, better: lower, role: target}]\n");

    assertThat(why(config, "src/main/java/demo/Bench.java"))
        .isEqualTo("the workload of eval 'speed'");
    assertThat(why(config, "data/input.txt")).isEqualTo("the workload of eval 'speed'");
    assertThat(why(config, "bench.sh")).isEqualTo("the workload of eval 'speed'");
    assertThat(why(config, "tools/bench.sh"))
        .as("a named file only where it is")
        .isEqualTo("not protected");
    assertThat(why(config, "src/main/java/demo/Report.java"))
        .as("the code the benchmark measures stays free; '.' protects nothing")
        .isEqualTo("not protected");
  }

  @Test
  void a_jar_run_with_dash_jar_protects_the_sources_of_the_module_that_builds_it() {
    KaizenConfig config =
        read(
            TESTS
                + "  - id: speed\n"
                + "    type: command\n"
                + "    command: java -jar bench/target/bench.jar\n"
                + "    metrics: [{name: ms_per_op, better: lower, role: target}]\n");

    assertThat(why(config, "bench/src/main/java/demo/Input.java"))
        .isEqualTo("the workload of eval 'speed'");
    assertThat(why(config, "core/src/main/java/demo/Report.java")).isEqualTo("not protected");
  }

  @Test
  void a_jmh_eval_protects_its_benchmark_module() throws IOException {
    write(
        Map.of(
            "pom.xml",
            "<project><packaging>pom</packaging><modules><module>core</module>"
                + "<module>perf/bench</module></modules></project>",
            "core/pom.xml",
            "<project><artifactId>core</artifactId></project>",
            "perf/bench/pom.xml",
            "<project><artifactId>bench</artifactId><dependencies><dependency>"
                + "<groupId>org.openjdk.jmh</groupId><artifactId>jmh-core</artifactId>"
                + "</dependency></dependencies></project>"));
    KaizenConfig config =
        read(
            TESTS
                + "  - id: jmh\n"
                + "    type: jmh\n"
                + "    command: java -jar perf/bench/target/benchmarks.jar -rf json -rff {out}\n");

    assertThat(why(config, "perf/bench/src/main/java/demo/Inputs.java"))
        .isEqualTo("the workload of eval 'jmh'");
    assertThat(why(config, "core/src/main/java/demo/Distinct.java")).isEqualTo("not protected");
  }

  @Test
  void the_sandbox_dockerfile_and_its_dockerignore_are_protected_where_they_are() {
    KaizenConfig config = read(TESTS + "sandbox: {image: docker/Dockerfile}\n");

    assertThat(why(config, "docker/Dockerfile")).isEqualTo("the sandbox's image is built from it");
    assertThat(why(config, "docker/.dockerignore"))
        .isEqualTo("the sandbox's image is built from it");
    assertThat(why(config, "other/docker/Dockerfile")).isEqualTo("not protected");
  }

  @Test
  void a_script_the_build_command_runs_is_protected() throws IOException {
    write(Map.of("scripts/build.sh", "#!/bin/sh"));
    KaizenConfig config = read("build: sh scripts/build.sh\n" + TESTS);

    assertThat(why(config, "scripts/build.sh")).isEqualTo("named by the build command");
  }
}
