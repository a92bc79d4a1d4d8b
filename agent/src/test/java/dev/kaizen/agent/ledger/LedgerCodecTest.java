package dev.kaizen.agent.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.publish.MetricRow;
import dev.kaizen.agent.publish.SessionEvidence;
import dev.kaizen.evals.Decision;
import dev.kaizen.evals.Direction;
import dev.kaizen.evals.EvalLog;
import dev.kaizen.evals.Evidence;
import dev.kaizen.evals.Measurement;
import dev.kaizen.evals.MetricComparison;
import dev.kaizen.evals.MetricSpec;
import dev.kaizen.evals.PairSample;
import dev.kaizen.evals.Role;
import dev.kaizen.evals.Steadiness;
import dev.kaizen.evals.TestFailure;
import dev.kaizen.evals.TestReport;
import dev.kaizen.evals.TreeCheck;
import dev.kaizen.sandbox.ExecResult;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The ledger's codec: every record reads back as it was written; documents carry the schema and
 * keep the first release's keys and order, plus each metric's interval and p exactly as the gate
 * computed them; a document of the first release is upgraded as it is read, with the gate's own
 * functions.
 */
class LedgerCodecTest {

  @TempDir Path workspace;

  static final List<MetricSpec> SPECS =
      List.of(
          new MetricSpec("ms_per_op", Direction.LOWER, Role.TARGET),
          new MetricSpec("ops_per_s", Direction.HIGHER, Role.TARGET),
          new MetricSpec("heap_mb", Direction.LOWER, Role.GUARD));

  /**
   * 30 pairs in an unbalanced order, 3 of them failed (on either side): the gate drops those and
   * the latest pairs of the order in excess.
   */
  static List<PairSample> samples() {
    var random = new SplittableRandom(7);
    var samples = new ArrayList<PairSample>();
    for (int i = 0; i < 30; i++) {
      boolean baselineFirst = i % 3 != 0;
      Measurement baseline = measured(random, 40, 2000, 180);
      Measurement candidate = i == 4 || i == 17 ? failed() : measured(random, 39, 2050, 181);
      if (i == 22) baseline = failed();
      double d =
          baseline.ok() && candidate.ok()
              ? (Math.log(
                          baseline.metrics().get("ms_per_op")
                              / candidate.metrics().get("ms_per_op"))
                      - Math.log(
                          baseline.metrics().get("ops_per_s")
                              / candidate.metrics().get("ops_per_s")))
                  / 2
              : Double.NaN;
      samples.add(new PairSample(i, baselineFirst, baseline, candidate, d));
    }
    return samples;
  }

  private static Measurement measured(SplittableRandom random, double ms, double ops, double heap) {
    var metrics = new LinkedHashMap<String, Double>();
    metrics.put("ms_per_op", ms * (1 + 0.02 * random.nextGaussian()));
    metrics.put("ops_per_s", ops * (1 + 0.02 * random.nextGaussian()));
    metrics.put("heap_mb", heap + random.nextInt(3));
    return new Measurement(
        metrics,
        SPECS,
        Map.of(),
        Duration.ofMillis(1500),
        OptionalLong.empty(),
        Optional.empty(),
        List.of());
  }

  private static Measurement failed() {
    return new Measurement(
        Map.of(),
        List.of(),
        Map.of(),
        Duration.ofMillis(100),
        OptionalLong.empty(),
        Optional.of("exit 1"),
        List.of());
  }

  static Evidence evidence(List<PairSample> samples) {
    List<PairSample> usable = PairSample.usable(samples);
    List<MetricComparison> metrics =
        SPECS.stream().map(m -> MetricComparison.of(m, usable)).toList();
    return new Evidence(
        usable.size(),
        0.01,
        "min-effect",
        0.02,
        0.01,
        0.03,
        0.95,
        0.001,
        metrics,
        List.of(new Steadiness("ms_per_op", "baseline", -0.004, 0.4, true)),
        samples);
  }

  private static final TestReport TESTS =
      new TestReport(
          12,
          1,
          0,
          2,
          List.of(new TestFailure("demo.ReportTest#empty", "expected 0")),
          new TreeSet<>());

  private static Decision accepted(Evidence e) {
    return new Decision.Accepted(
        List.of("better", "guard heap_mb within 2.0%"), Optional.of(TESTS), Optional.of(e));
  }

  private static SessionRecord session(String id) {
    var config =
        new ConfigSnapshot(
            "kaizen.yml at abc",
            "mvn -q -o dependency:go-offline",
            "mvn -o -B -q -DskipTests package",
            List.of(
                new ConfigSnapshot.Eval("tests", "junit", "mvn -o -B -q test", null, null),
                new ConfigSnapshot.Eval(
                    "speed",
                    "command",
                    "java -cp target/classes demo.Bench",
                    List.of(new ConfigSnapshot.Metric("ms_per_op", "lower", "target")),
                    null),
                new ConfigSnapshot.Eval(
                    "jmh",
                    "jmh",
                    "java -jar target/benchmarks.jar -rf json -rff {out}",
                    null,
                    "target")),
            new ConfigSnapshot.Gate(
                0.01, 0.01, new ConfigSnapshot.Pairs(10, 40), 0.02, new ConfigSnapshot.Batch(4, 2)),
            List.of(".github/**", "kaizen.yml"),
            new ConfigSnapshot.Sandbox("docker", "host", 1.0, "2 GiB", 512L, "10m00s", "none"),
            new ConfigSnapshot.Budget(20, "2h00m", 5.0, 2_000_000L, 0.5, 100_000L));
    return new SessionRecord(
        id,
        "/repo",
        "abc",
        "kaizen/" + id,
        "main",
        "heuristic",
        "goal",
        config,
        "2026-11-27T04:00:00Z",
        null,
        "running",
        null,
        0,
        0,
        "abc");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String text) {
    return Json.read(text, Map.class);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  // ---- the layout of the documents

  @Test
  void each_metric_holds_its_interval_and_p_after_the_keys_it_had() {
    Evidence e = evidence(samples());

    @SuppressWarnings("unchecked")
    var metrics =
        (List<Map<String, Object>>)
            json(LedgerCodec.encode(DecisionRecord.of(accepted(e)))).get("metrics");

    assertThat(metrics).hasSize(3);
    for (int i = 0; i < metrics.size(); i++) {
      MetricComparison c = e.metrics().get(i);
      assertThat(metrics.get(i))
          .as(c.name())
          .containsExactly(
              Map.entry("name", c.name()),
              Map.entry("role", c.role().id()),
              Map.entry("better", c.better().id()),
              Map.entry("baseline", c.baselineMedian()),
              Map.entry("candidate", c.candidateMedian()),
              Map.entry("improvement", c.improvement()),
              Map.entry("ciLow", c.ciLow()),
              Map.entry("ciHigh", c.ciHigh()),
              Map.entry("p", c.p()));
    }
  }

  @Test
  void an_interval_that_cannot_be_computed_is_null_and_left_out() {
    var c =
        new MetricComparison(
            "ms_per_op", Role.TARGET, Direction.LOWER, 1, 1, 0, Double.NaN, Double.NaN, Double.NaN);
    var e =
        new Evidence(
            0,
            0.01,
            "min-effect",
            Double.NaN,
            Double.NaN,
            Double.NaN,
            0.95,
            Double.NaN,
            List.of(c),
            List.of(),
            List.of());

    EvidenceRecord.Metric metric = EvidenceRecord.of(e).metrics().get(0);
    @SuppressWarnings("unchecked")
    var written =
        ((List<Map<String, Object>>)
                json(LedgerCodec.encode(DecisionRecord.of(accepted(e)))).get("metrics"))
            .get(0);

    assertThat(metric.ciLow()).isNull();
    assertThat(metric.ciHigh()).isNull();
    assertThat(metric.p()).isNull();
    assertThat(written)
        .containsKeys("name", "improvement")
        .doesNotContainKeys("ciLow", "ciHigh", "p");
  }

  @Test
  void documents_begin_with_the_schema_and_keep_the_keys_and_order_of_the_first_release() {
    List<PairSample> samples = samples();
    Decision decision = accepted(evidence(samples));
    var check =
        new TreeCheck(
            TESTS,
            Optional.empty(),
            List.of(
                new EvalLog(
                    "build",
                    "mvn -q package",
                    new ExecResult(
                        0,
                        "",
                        "",
                        Duration.ofMillis(2500),
                        false,
                        false,
                        false,
                        OptionalLong.of(1 << 20)))));

    Map<String, Object> d = json(LedgerCodec.encode(DecisionRecord.of(decision)));
    Map<String, Object> s = json(LedgerCodec.encode(ScorecardRecord.of(check, check, decision)));
    Map<String, Object> session = json(LedgerCodec.encode(session("s1")));

    assertThat(d.keySet())
        .containsExactly(
            "schema",
            "decision",
            "reason",
            "reasons",
            "pairs",
            "threshold",
            "thresholdSource",
            "estimate",
            "ciLow",
            "ciHigh",
            "confidence",
            "p",
            "metrics",
            "steady",
            "steadiness",
            "candidateTests");
    assertThat(d).containsEntry("schema", LedgerCodec.SCHEMA);
    assertThat(s.keySet())
        .containsExactly(
            "schema",
            "baseline",
            "candidate",
            "pairs",
            "threshold",
            "thresholdSource",
            "estimate",
            "ciLow",
            "ciHigh",
            "confidence",
            "p",
            "metrics",
            "steady",
            "steadiness",
            "samples");
    assertThat(map(s.get("baseline"))).containsOnlyKeys("ok", "tests", "runs");
    var pair = map(((List<?>) s.get("samples")).get(4));
    assertThat(pair.keySet())
        .as("a failed pair has no d")
        .containsExactly("index", "order", "baseline", "candidate");
    assertThat(map(pair.get("candidate")).keySet())
        .containsExactly("metrics", "wallMs", "problem", "runs");
    assertThat(session.keySet())
        .containsExactly(
            "schema",
            "id",
            "repository",
            "base",
            "branch",
            "into",
            "proposer",
            "goal",
            "config",
            "started",
            "status",
            "tried",
            "accepted",
            "best");
  }

  @Test
  void the_configuration_snapshot_keeps_the_keys_of_kaizen_yml() {
    Map<String, Object> config = map(json(LedgerCodec.encode(session("s1"))).get("config"));

    assertThat(config.keySet())
        .containsExactly(
            "source", "prepare", "build", "evals", "gate", "protected", "sandbox", "budget");
    assertThat(map(config.get("gate")))
        .containsOnlyKeys("alpha", "min-effect", "pairs", "guard-max-regression", "batch");
    assertThat(map(map(config.get("gate")).get("batch")))
        .containsOnlyKeys("screen-pairs", "confirm");
    assertThat(map(config.get("budget")).keySet())
        .containsExactly(
            "max-iterations",
            "max-wall",
            "max-usd",
            "max-tokens",
            "max-usd-per-iteration",
            "max-tokens-per-iteration");
    assertThat(((List<?>) config.get("evals")).get(0))
        .as("no metrics, no role: left out")
        .isEqualTo(Map.of("id", "tests", "type", "junit", "command", "mvn -o -B -q test"));
  }

  @Test
  void lines_carry_no_schema() {
    var it =
        new IterationRecord(
            "s1/1",
            1,
            "t0",
            "t1",
            "heuristic",
            "rule",
            "key1",
            "summary 1",
            null,
            0,
            0,
            "abc",
            "def1",
            "accepted",
            "better",
            List.of("better"),
            0.02,
            0.01,
            0.03,
            0.001,
            20,
            12,
            0);

    assertThat(LedgerCodec.encode(it))
        .startsWith("{\"id\":\"s1/1\",")
        .doesNotContain("schema")
        .doesNotContain("\n");
  }

  // ---- round trips

  @Test
  void every_record_reads_back_as_it_was_written() {
    List<PairSample> samples = samples();
    Decision decision = accepted(evidence(samples));
    var check =
        new TreeCheck(
            TESTS,
            Optional.of("1 test failed: demo.ReportTest#empty: expected 0"),
            List.of(
                new EvalLog(
                    "tests",
                    "mvn -o test",
                    new ExecResult(
                        1,
                        "out",
                        "err",
                        Duration.ofMillis(900),
                        true,
                        true,
                        true,
                        OptionalLong.empty()))));
    var rejected =
        new Decision.Rejected(List.of("1 test failed"), Optional.of(TESTS), Optional.empty());
    var iteration =
        new IterationRecord(
            "s1/1",
            1,
            "t0",
            "t1",
            "llm",
            "gpt",
            "key1",
            "summary 1",
            "propose@abc",
            5230,
            0.0024,
            "abc",
            null,
            "rejected",
            "1 test failed",
            List.of("1 test failed"),
            null,
            null,
            null,
            null,
            null,
            12,
            1);
    var exchange =
        new ExchangeRecord(
            1,
            2,
            "repair@sha256:ab",
            "system",
            List.of(
                new ExchangeRecord.Message("user", "make it fast"),
                new ExchangeRecord.Message("assistant", "done"),
                new ExchangeRecord.Message("user", "it does not apply")),
            "hash",
            "answer",
            120,
            30,
            0.001,
            840,
            2,
            "openai",
            "gpt-4.1-mini",
            "stop");
    var pullRequest =
        new PullRequestRecord(
            "acme/app",
            7,
            "https://github.com/acme/app/pull/7",
            "opened",
            "kaizen/s1",
            "main",
            "def1",
            "created",
            "2026-11-27T10:00:00Z");
    var jmh =
        new Measurement(
            Map.of("bench", 12.5),
            List.of(new MetricSpec("bench", Direction.HIGHER, Role.TARGET)),
            Map.of("bench", List.of(12.0, 13.0)),
            Duration.ofMillis(3000),
            OptionalLong.of(4096),
            Optional.empty(),
            List.of());

    for (SessionRecord r :
        List.of(
            session("s1"),
            session("s2").ended("t9", "finished", "done", 3, 1, "def"),
            new SessionRecord(
                "s3", null, "abc", null, null, null, null, null, "t0", null, "running", null, 0, 0,
                null))) {
      assertThat(LedgerCodec.readSession(LedgerCodec.encode(r))).isEqualTo(r);
    }
    for (DecisionRecord r : List.of(DecisionRecord.of(decision), DecisionRecord.of(rejected))) {
      assertThat(LedgerCodec.readDecision(LedgerCodec.encode(r), Optional::empty)).isEqualTo(r);
    }
    for (ScorecardRecord r :
        List.of(
            ScorecardRecord.of(check, check, decision),
            ScorecardRecord.of(check, check, rejected))) {
      assertThat(LedgerCodec.readScorecard(LedgerCodec.encode(r))).isEqualTo(r);
    }
    assertThat(ScorecardRecord.of(check, check, rejected).samples())
        .as("no pairs, no samples")
        .isNull();
    assertThat(LedgerCodec.readIteration(LedgerCodec.encode(iteration))).isEqualTo(iteration);
    assertThat(LedgerCodec.readExchange(LedgerCodec.encode(exchange))).isEqualTo(exchange);
    assertThat(LedgerCodec.readPullRequest(LedgerCodec.encode(pullRequest))).isEqualTo(pullRequest);
    var measurement = MeasurementRecord.of(jmh);
    assertThat(Json.read(Json.line(measurement), MeasurementRecord.class)).isEqualTo(measurement);
    assertThat(measurement.forks()).containsEntry("bench", List.of(12.0, 13.0));
  }

  @Test
  void a_session_keeps_its_process_plan_and_fast_forward_and_a_schema_2_one_without_them_reads()
      throws Exception {
    SessionRecord r =
        session("s1")
            .runBy(new ProcessRecord(4242, "build-7"), new PlanRecord(5, 2, false))
            .withIntoMoved("def");
    String json = LedgerCodec.encode(r);

    assertThat(LedgerCodec.readSession(json)).isEqualTo(r);
    assertThat(map(json(json).get("process")))
        .containsEntry("pid", 4242)
        .containsEntry("host", "build-7");
    assertThat(map(json(json).get("plan")))
        .containsEntry("limit", 5)
        .containsEntry("batch", 2)
        .containsEntry("proposeOnly", false);
    assertThat(json(json)).containsEntry("intoMoved", "def");

    String written = LedgerCodec.encode(session("s2"));
    assertThat(written)
        .doesNotContain("process")
        .doesNotContain("plan")
        .doesNotContain("intoMoved");
    SessionRecord old = LedgerCodec.readSession(written);
    assertThat(old.process()).isNull();
    assertThat(old.plan()).isNull();
    assertThat(old.intoMoved()).isNull();
    assertThat(old).isEqualTo(session("s2"));

    var lock = new LockRecord("s1", new ProcessRecord(4242, "build-7"), "2026-11-27T04:23:00Z");
    assertThat(LedgerCodec.readLock(LedgerCodec.encode(lock))).isEqualTo(lock);
  }

  @Test
  void a_document_that_does_not_fit_is_refused_with_the_reason() {
    assertThatThrownBy(() -> LedgerCodec.readDecision("{\"reasons\": []}", Optional::empty))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("decision");
    assertThatThrownBy(() -> LedgerCodec.readScorecard("{not json"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void a_newer_document_is_read_as_far_as_this_version_knows_it() {
    String json =
        LedgerCodec.encode(DecisionRecord.of(accepted(evidence(samples()))))
            .replace("\"schema\" : 2", "\"schema\" : 3, \"verdictSigned\" : true");

    assertThat(LedgerCodec.schema(json)).isEqualTo(3);
    assertThat(LedgerCodec.readDecision(json, Optional::empty))
        .isEqualTo(DecisionRecord.of(accepted(evidence(samples()))));
  }

  // ---- upgrades of the first release's documents

  /**
   * {@code decision.json} as the first release wrote it: no schema, no per-metric interval and p.
   */
  private static String firstReleaseDecision(Decision decision) {
    DecisionRecord d = DecisionRecord.of(decision);
    var metrics =
        d.evidence().metrics().stream().map(m -> m.withInterval(null, null, null)).toList();
    return Json.pretty(d.withEvidence(d.evidence().withMetrics(metrics)));
  }

  @Test
  void the_gates_per_metric_numbers_equal_what_a_pull_request_shows_from_a_first_release_ledger() {
    List<PairSample> samples = samples();
    Evidence e = evidence(samples);
    assertThat(PairSample.usable(samples))
        .as("failed pairs and the excess order are dropped")
        .hasSize(20);
    SessionLog log = new Ledger(workspace).start(session("s1"));
    String decision = firstReleaseDecision(accepted(e));
    log.writeArtifact(1, "decision.json", decision);
    log.writeArtifact(
        1,
        "scorecard.json",
        Json.pretty(
            new ScorecardRecord(null, null, null, samples.stream().map(PairRecord::of).toList())));
    log.append(
        new IterationRecord(
            "s1/1",
            1,
            "t0",
            "t1",
            "heuristic",
            "rule",
            "key1",
            "summary 1",
            null,
            0,
            0,
            "abc",
            "def1",
            "accepted",
            "better",
            List.of("better"),
            0.02,
            0.01,
            0.03,
            0.001,
            e.pairs(),
            12,
            0));
    assertThat(LedgerCodec.schema(decision)).isEqualTo(1);
    assertThat(decision).doesNotContain("schema");

    List<MetricRow> rows = SessionEvidence.read(log).detail(1).metrics();

    assertThat(rows).hasSize(3);
    for (int i = 0; i < rows.size(); i++) {
      MetricComparison c = e.metrics().get(i);
      MetricRow row = rows.get(i);
      assertThat(
              Double.isFinite(c.ciLow()) && Double.isFinite(c.ciHigh()) && Double.isFinite(c.p()))
          .as(c.name())
          .isTrue();
      assertThat(row.ciLow()).as(c.name() + " ciLow").isEqualTo(c.ciLow());
      assertThat(row.ciHigh()).as(c.name() + " ciHigh").isEqualTo(c.ciHigh());
      assertThat(row.p()).as(c.name() + " p").isEqualTo(c.p());
    }
    assertThat(log.decision(1))
        .as("the upgraded decision is the one the gate's numbers make")
        .hasValue(DecisionRecord.of(accepted(e)));
  }

  @Test
  void a_first_release_scorecard_gets_each_metrics_interval_and_p_from_its_own_pairs() {
    List<PairSample> samples = samples();
    Decision decision = accepted(evidence(samples));
    var check = new TreeCheck(TESTS, Optional.empty(), List.of());
    ScorecardRecord now = ScorecardRecord.of(check, check, decision);
    var without =
        now.evidence().metrics().stream().map(m -> m.withInterval(null, null, null)).toList();
    String firstRelease = Json.pretty(now.withEvidence(now.evidence().withMetrics(without)));

    assertThat(LedgerCodec.readScorecard(firstRelease)).isEqualTo(now);
  }

  @Test
  void a_first_release_decision_without_a_scorecard_has_no_per_metric_interval() {
    DecisionRecord d =
        LedgerCodec.readDecision(
            firstReleaseDecision(accepted(evidence(samples()))), Optional::empty);

    assertThat(d.evidence().metrics())
        .extracting(EvidenceRecord.Metric::ciLow, EvidenceRecord.Metric::p)
        .containsOnly(org.assertj.core.groups.Tuple.tuple(null, null));
    assertThat(d.evidence().metrics().get(0).baseline())
        .as("the recorded medians stay")
        .isNotNull();
  }

  @Test
  void a_schema_2_decision_is_read_as_written_without_asking_for_the_scorecard() {
    String json = LedgerCodec.encode(DecisionRecord.of(accepted(evidence(samples()))));

    DecisionRecord d =
        LedgerCodec.readDecision(
            json,
            () -> {
              throw new AssertionError("the scorecard was read");
            });

    assertThat(d).isEqualTo(DecisionRecord.of(accepted(evidence(samples()))));
  }
}
