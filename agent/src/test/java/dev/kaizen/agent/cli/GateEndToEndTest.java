package dev.kaizen.agent.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.kaizen.agent.testing.Docker;
import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.SlowReportRepo;
import dev.kaizen.sandbox.testing.RequiresDocker;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kaizen gate} end to end on a real repository and the Docker sandbox: a no-op change is not
 * accepted, a real speedup is, a test-breaking change is rejected naming the test, a guard
 * regression is rejected naming the metric, and an edited test is refused before anything runs. The
 * revisions share one repository, so the baseline's tests run once (then come from the cache).
 */
@RequiresDocker
class GateEndToEndTest {

  static final String FAST_REPORT =
      SlowReportRepo.SLOW_REPORT
          .replace("String out = \"\";", "StringBuilder out = new StringBuilder();")
          .replace("out += i + \",\";", "out.append(i).append(',');")
          .replace("return out;", "return out.toString();");

  /** Faster, but it keeps 48 MB alive for as long as the class is loaded. */
  static final String FAST_BUT_HEAVY_REPORT =
      FAST_REPORT.replace(
          "  private Report() {}",
          "  private static final byte[] BALLAST = new byte[48 << 20];\n\n  static {\n    BALLAST[0] = 1;\n  }\n\n  private Report() {}");

  @TempDir static Path tmp;
  static GitFixture repo;
  static String base;

  /** The baseline's scorecard, whose passing tests every gate below then takes from the cache. */
  static CliRun scorecard;

  @BeforeAll
  static void repository() {
    repo = SlowReportRepo.createWithGuard(tmp.resolve("slow-report"));
    base = repo.head();
    scorecard = CliRun.of("eval", "--repo", repo.root().toString());
  }

  @Test
  void eval_prints_the_metrics_and_each_runs_wall_time_and_peak_memory() {
    assertThat(scorecard.exitCode()).as(scorecard.toString()).isZero();
    assertThat(scorecard.out())
        .contains("tests     2 run, 0 failed, 0 errors, 0 skipped")
        .containsPattern("ms_per_op +[0-9.]+ +\\(lower is better, target\\)")
        .containsPattern("heap_kb +[0-9.]+ +\\(lower is better, guard\\)")
        .containsPattern("speed +\\d+ ms +[0-9.]+ [KMG]iB +ok");
  }

  @AfterAll
  static void close() {
    repo.close();
  }

  @AfterEach
  void no_sandbox_container_is_left_behind() {
    assertThat(Docker.sandboxContainers()).as("labelled containers after the run").isEmpty();
  }

  private static String commit(String path, String content, String message) {
    repo.checkout("main");
    String branch = "c" + System.nanoTime();
    repo.createBranch(branch);
    repo.checkout(branch);
    repo.write(path, content);
    String id = repo.commitAll(message);
    repo.checkout("main");
    return id;
  }

  private static CliRun gate(String candidate) {
    return CliRun.of(
        "gate",
        "--repo",
        repo.root().toString(),
        "--json",
        "--base",
        base,
        "--candidate",
        candidate);
  }

  private static List<String> reasons(JsonNode json) {
    var reasons = new ArrayList<String>();
    json.get("reasons").forEach(r -> reasons.add(r.asText()));
    return reasons;
  }

  @Test
  void a_no_op_change_is_not_accepted() {
    String noOp =
        commit(
            SlowReportRepo.REPORT,
            SlowReportRepo.SLOW_REPORT.replace(
                "/** Renders numbers", "/** Renders (unchanged) numbers"),
            "Reword a comment");

    CliRun run = gate(noOp);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("decision").asText()).as(run.toString()).isIn("rejected", "inconclusive");
    assertThat(json.get("pairs").asInt()).isGreaterThanOrEqualTo(8);
    assertThat(json.get("estimate").asDouble()).as("no real effect").isBetween(-0.15, 0.15);
  }

  @Test
  void a_real_speedup_is_accepted_with_its_numbers() {
    String fast =
        commit(SlowReportRepo.REPORT, FAST_REPORT, "Build the report with a StringBuilder");

    CliRun run = gate(fast);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("decision").asText()).as(run.toString()).isEqualTo("accepted");
    assertThat(json.get("estimate").asDouble()).isGreaterThan(0.5);
    assertThat(json.get("ciLow").asDouble()).isLessThanOrEqualTo(json.get("estimate").asDouble());
    assertThat(json.get("p").asDouble()).isLessThanOrEqualTo(0.01);
    assertThat(json.get("steady").asBoolean()).isTrue();
    JsonNode target = json.get("metrics").get(0);
    assertThat(target.get("name").asText()).isEqualTo("ms_per_op");
    assertThat(target.get("candidate").asDouble()).isLessThan(target.get("baseline").asDouble());
    assertThat(json.get("samples").get(0).get("baseline").has("peakMemoryBytes"))
        .as("each run's peak memory, from the sandbox")
        .isTrue();
    assertThat(run.err())
        .as("the baseline's tests come from the cache")
        .contains("passed before under this suite: cached");
  }

  @Test
  void a_change_that_breaks_a_test_is_rejected_naming_the_test() {
    String breaking =
        commit(
            SlowReportRepo.REPORT,
            SlowReportRepo.SLOW_REPORT.replace("i + \",\"", "i + \";\""),
            "Separate with semicolons");

    CliRun run = gate(breaking);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("decision").asText()).isEqualTo("rejected");
    assertThat(json.get("reason").asText())
        .startsWith("1 test failed: demo.ReportTest#renders_numbers_separated_by_commas");
    assertThat(json.has("samples")).as("nothing was measured").isFalse();
  }

  @Test
  void a_faster_change_that_regresses_a_guard_is_rejected_naming_the_metric() {
    String heavy =
        commit(SlowReportRepo.REPORT, FAST_BUT_HEAVY_REPORT, "Faster, with a 48 MB ballast");

    CliRun run = gate(heavy);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("decision").asText()).as(run.toString()).isEqualTo("rejected");
    assertThat(json.get("reason").asText()).startsWith("guard heap_kb regressed beyond 2.0%");
    assertThat(reasons(json)).anySatisfy(r -> assertThat(r).startsWith("target estimate +"));
  }

  @Test
  void a_candidate_that_edits_a_test_is_refused_before_anything_runs() {
    String edited =
        commit(
            "src/test/java/demo/ReportTest.java",
            SlowReportRepo.TEST.replace("assertEquals(\"0,1,2,\", Report.render(3));", ""),
            "Drop an assertion");

    CliRun run = gate(edited);

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode json = run.json();
    assertThat(json.get("decision").asText()).isEqualTo("rejected");
    assertThat(json.get("reason").asText())
        .isEqualTo(
            "refused: the candidate edits src/test/java/demo/ReportTest.java, protected by '**/src/test/**' (tests and their resources judge the candidate)");
    assertThat(json.get("sandbox").asText()).as("no sandbox was opened").isEqualTo("none");
    assertThat(json.has("candidateTests")).as("nothing ran").isFalse();
  }

  @Test
  void a_baseline_that_fails_its_own_tests_exits_3_and_judges_nothing() {
    String broken =
        commit(
            SlowReportRepo.REPORT,
            SlowReportRepo.SLOW_REPORT.replace("i + \",\"", "i + \"|\""),
            "Separate with bars");

    CliRun run =
        CliRun.of("gate", "--repo", repo.root().toString(), "--base", broken, "--candidate", base);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(3);
    assertThat(run.err())
        .contains(
            "the baseline itself fails: 1 test failed: demo.ReportTest#renders_numbers_separated_by_commas");
    assertThat(run.out()).isEmpty();
  }
}
