package dev.kaizen.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kaizen.agent.config.ConfigReader;
import dev.kaizen.agent.config.ProjectDefaults;
import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.SlowReportRepo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's contract: exit codes, one-line errors, JSON, options in either place. No
 * Docker needed.
 */
class CliTest {

  @TempDir Path tmp;

  /** A Maven project whose code gives the heuristic proposer nothing to do. */
  private GitFixture tidyRepo() {
    GitFixture repo = GitFixture.init(tmp.resolve("tidy"));
    repo.write("pom.xml", SlowReportRepo.POM)
        .write("kaizen.yml", SlowReportRepo.KAIZEN_YML)
        .write(
            "src/main/java/demo/Report.java",
            "package demo;\n\npublic final class Report {\n  public static int twice(int x) {\n    return 2 * x;\n  }\n}\n")
        .commitAll("tidy");
    return repo;
  }

  @Test
  void not_a_git_repository_exits_3_with_one_line() throws Exception {
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    CliRun run = CliRun.of("improve", "--repo", plain.toString());
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err().lines())
        .as(run.toString())
        .hasSize(1)
        .first()
        .asString()
        .startsWith("kaizen: not a git repository: " + plain);
  }

  @Test
  void repository_without_commits_exits_3() {
    try (GitFixture repo = GitFixture.init(tmp.resolve("empty"))) {
      CliRun run = CliRun.of("improve", "--repo", repo.root().toString());
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
      assertThat(run.err()).contains("has no commit yet");
    }
  }

  @Test
  void unknown_key_in_the_committed_kaizen_yml_exits_2_naming_key_and_line() {
    try (GitFixture repo = tidyRepo()) {
      repo.write(
              "kaizen.yml",
              "evals:\n  - {id: t, type: junit, command: mvn -o test}\ngatee: {alpha: 0.01}\n")
          .commitAll("typo");
      String head = repo.head();
      CliRun run = CliRun.of("improve", "--repo", repo.root().toString());
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).startsWith("kaizen: kaizen.yml:3: unknown key 'gatee'");
      assertThat(repo.head()).isEqualTo(head);
      assertThat(repo.statusClean()).isTrue();
    }
  }

  @Test
  void a_proposer_this_build_does_not_have_is_a_usage_error() {
    try (GitFixture repo = tidyRepo()) {
      CliRun run = CliRun.of("improve", "--proposer", "oracle", "--repo", repo.root().toString());
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).contains("--proposer").contains("heuristic, llm, replay");
    }
  }

  @Test
  void into_a_branch_that_does_not_exist_exits_2_before_any_work() {
    try (GitFixture repo = tidyRepo()) {
      CliRun run = CliRun.of("improve", "--into", "nope", "--repo", repo.root().toString());
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).contains("--into nope: no such branch");
      assertThat(repo.root().resolve("workspace/sessions")).doesNotExist();
    }
  }

  @Test
  void nothing_to_propose_is_a_finished_session_with_exit_0_and_the_json_contract() {
    try (GitFixture repo = tidyRepo()) {
      String head = repo.head();
      CliRun run = CliRun.of("--json", "improve", "--repo", repo.root().toString());

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(0);
      JsonNode json = run.json();
      assertThat(json.get("session").asText()).matches("\\d{8}-\\d{6}-[0-9a-f]{4}");
      assertThat(json.get("branch").asText()).isEqualTo("kaizen/" + json.get("session").asText());
      assertThat(json.get("tried").asInt()).isZero();
      assertThat(json.get("accepted").asInt()).isZero();
      assertThat(json.get("iterations")).isEmpty();
      assertThat(json.get("stopReason").asText()).startsWith("nothing to propose");
      assertThat(repo.head()).isEqualTo(head);
      assertThat(repo.statusClean()).as("git status of the user's tree").isTrue();

      CliRun history = CliRun.of("history", "--repo", repo.root().toString(), "--json");
      assertThat(history.exitCode()).as(history.toString()).isZero();
      JsonNode sessions = history.json().get("sessions");
      assertThat(sessions).hasSize(1);
      assertThat(sessions.get(0).get("status").asText()).isEqualTo("finished");

      CliRun show =
          CliRun.of(
              "show",
              json.get("session").asText().substring(0, 8),
              "--repo",
              repo.root().toString());
      assertThat(show.exitCode()).as(show.toString()).isZero();
      assertThat(show.out())
          .contains("session " + json.get("session").asText())
          .contains("finished");
    }
  }

  @Test
  void global_options_work_before_and_after_the_subcommand() {
    try (GitFixture repo = tidyRepo()) {
      CliRun before = CliRun.of("--json", "--repo", repo.root().toString(), "history");
      CliRun after = CliRun.of("history", "--repo", repo.root().toString(), "--json");
      assertThat(before.exitCode()).as(before.toString()).isZero();
      assertThat(after.exitCode()).as(after.toString()).isZero();
      assertThat(before.json().has("sessions")).isTrue();
      assertThat(after.json()).isEqualTo(before.json());
    }
  }

  @Test
  void init_writes_a_kaizen_yml_that_reads_back_and_never_overwrites_it() throws Exception {
    try (GitFixture repo = GitFixture.init(tmp.resolve("fresh"))) {
      repo.write("pom.xml", SlowReportRepo.POM).commitAll("pom");
      CliRun run = CliRun.of("init", "--repo", repo.root().toString());
      assertThat(run.exitCode()).as(run.toString()).isZero();
      String yml = Files.readString(repo.root().resolve("kaizen.yml"));
      var config = ConfigReader.read(yml, "kaizen.yml", "init", ProjectDefaults.maven());
      assertThat(config.evals()).hasSize(1);
      assertThat(config.build()).contains(ProjectDefaults.MAVEN_BUILD);

      CliRun again = CliRun.of("init", "--repo", repo.root().toString());
      assertThat(again.exitCode()).as(again.toString()).isEqualTo(2);
      assertThat(again.err()).contains("already exists");
      assertThat(Files.readString(repo.root().resolve("kaizen.yml"))).isEqualTo(yml);
    }
  }

  @Test
  void gate_with_a_revision_that_does_not_resolve_exits_2_naming_it() {
    try (GitFixture repo = tidyRepo()) {
      CliRun run =
          CliRun.of(
              "gate",
              "--base",
              "HEAD",
              "--candidate",
              "no-such-rev",
              "--repo",
              repo.root().toString());
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
      assertThat(run.err()).contains("'no-such-rev'");
    }
  }

  @Test
  void sandbox_exec_without_the_tree_exits_2() {
    CliRun run =
        CliRun.of("sandbox", "exec", "--tree", tmp.resolve("missing").toString(), "--", "true");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("no such directory");
  }

  @Test
  void index_prints_the_repo_map_of_the_repository() {
    try (GitFixture repo = tidyRepo()) {
      CliRun run = CliRun.of("index", "--repo", repo.root().toString());
      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out())
          .contains("src/main/java/demo/Report.java")
          .contains("class Report")
          .contains("int twice(int x)");
      CliRun json = CliRun.of("index", "--json", "--repo", repo.root().toString());
      assertThat(json.json().get("types").get(0).get("name").asText()).isEqualTo("demo.Report");
    }
  }

  @Test
  void init_detects_jmh_and_writes_a_jmh_eval_that_runs_the_benchmark_jar() throws Exception {
    try (GitFixture repo = GitFixture.init(tmp.resolve("jmh"))) {
      repo.writeAll(dev.kaizen.agent.testing.JmhRepo.project()).commitAll("benchmarks");
      CliRun run = CliRun.of("init", "--json", "--repo", repo.root().toString());

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.json().get("detected").asText()).isEqualTo("maven+jmh");
      String yml = Files.readString(repo.root().resolve("kaizen.yml"));
      assertThat(yml).as("the yml explains why runs are short").contains("20 to 80 times");
      var config = ConfigReader.read(yml, "kaizen.yml", "init", ProjectDefaults.maven());
      assertThat(config.evals()).extracting(e -> e.type().id()).containsExactly("junit", "jmh");
      var jmh = config.evals().get(1);
      assertThat(jmh.command())
          .isEqualTo(
              "java -jar target/benchmarks.jar -f 2 -wi 3 -i 5 -w 1s -r 1s -rf json -rff {out}");
      assertThat(jmh.benchmarkRole().id()).isEqualTo("target");
      assertThat(config.protection(repo.root()).globs())
          .as("benchmarks are the measuring instrument")
          .contains(
              "kaizen.yml",
              "**/src/test/**",
              "**/src/jmh/**",
              dev.kaizen.agent.testing.JmhRepo.BENCH)
          .doesNotContain(dev.kaizen.agent.testing.JmhRepo.DISTINCT);
    }
  }

  @Test
  void init_finds_jmh_in_a_module_and_names_the_jar_its_shade_plugin_writes() throws Exception {
    String bench =
        dev.kaizen.agent.testing.JmhRepo.POM
            .replace("<artifactId>distinct</artifactId>", "<artifactId>distinct-bench</artifactId>")
            .replace("<finalName>benchmarks</finalName>", "<finalName>${uberjar.name}</finalName>")
            .replace(
                "<jmh.version>1.37</jmh.version>",
                "<jmh.version>1.37</jmh.version>\n    <uberjar.name>perf</uberjar.name>");
    String parent =
        """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>demo</groupId>
          <artifactId>parent</artifactId>
          <version>1.0</version>
          <packaging>pom</packaging>
          <modules>
            <module>core</module>
            <!-- <module>old-bench</module> -->
            <module>perf/bench</module>
          </modules>
          <dependencyManagement>
            <dependencies>
              <dependency><groupId>org.openjdk.jmh</groupId><artifactId>jmh-core</artifactId><version>1.37</version></dependency>
            </dependencies>
          </dependencyManagement>
        </project>
        """;
    try (GitFixture repo = GitFixture.init(tmp.resolve("modules"))) {
      repo.write("pom.xml", parent)
          .write("core/pom.xml", SlowReportRepo.POM)
          .write(
              "core/src/main/java/demo/Distinct.java",
              dev.kaizen.agent.testing.JmhRepo.SLOW_DISTINCT)
          .write("perf/bench/pom.xml", bench)
          .write(
              "perf/bench/src/main/java/demo/DistinctBench.java",
              dev.kaizen.agent.testing.JmhRepo.BENCH_SOURCE)
          .commitAll("modules");
      CliRun run = CliRun.of("init", "--repo", repo.root().toString());

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out()).contains("perf/bench/target/perf.jar");
      var config =
          ConfigReader.read(
              Files.readString(repo.root().resolve("kaizen.yml")),
              "kaizen.yml",
              "init",
              ProjectDefaults.maven());
      assertThat(config.evals().get(1).command())
          .startsWith("java -jar perf/bench/target/perf.jar -f 2 ");
      assertThat(config.protectedPaths())
          .contains("perf/bench/src/main/java/demo/DistinctBench.java")
          .doesNotContain("core/src/main/java/demo/Distinct.java");
    }
  }

  @Test
  void init_without_jmh_writes_no_jmh_eval_and_says_maven() throws Exception {
    try (GitFixture repo = GitFixture.init(tmp.resolve("plain-maven"))) {
      repo.write("pom.xml", SlowReportRepo.POM).commitAll("pom");
      CliRun run = CliRun.of("init", "--json", "--repo", repo.root().toString());

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.json().get("detected").asText()).isEqualTo("maven");
      var config =
          ConfigReader.read(
              Files.readString(repo.root().resolve("kaizen.yml")),
              "kaizen.yml",
              "init",
              ProjectDefaults.maven());
      assertThat(config.evals()).extracting(e -> e.type().id()).containsExactly("junit");
    }
  }

  @Test
  void calibrate_with_bad_trial_counts_or_levels_is_a_usage_error() {
    assertThat(CliRun.of("calibrate", "--trials", "0").exitCode()).isEqualTo(2);
    CliRun level = CliRun.of("calibrate", "--levels", "150");
    assertThat(level.exitCode()).isEqualTo(2);
    assertThat(level.err())
        .contains("--levels: a planted improvement must be between 0 and 100 percent, not 150");
  }
}
