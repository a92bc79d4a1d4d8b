package dev.kaizen.agent.testing;

import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.ledger.ConfigSnapshot;
import dev.kaizen.agent.ledger.DecisionRecord;
import dev.kaizen.agent.ledger.EvidenceRecord;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.Ledger;
import dev.kaizen.agent.ledger.PairRecord;
import dev.kaizen.agent.ledger.ScorecardRecord;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.ledger.SessionRecord;
import dev.kaizen.agent.patch.FileEdit;
import dev.kaizen.agent.patch.Patch;
import dev.kaizen.agent.workspace.ApplyResult;
import dev.kaizen.agent.workspace.CommitInfo;
import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.evals.Decision;
import dev.kaizen.evals.Direction;
import dev.kaizen.evals.Evidence;
import dev.kaizen.evals.Measurement;
import dev.kaizen.evals.MetricComparison;
import dev.kaizen.evals.MetricSpec;
import dev.kaizen.evals.PairSample;
import dev.kaizen.evals.Role;
import dev.kaizen.evals.TestReport;
import dev.kaizen.evals.TreeCheck;
import dev.kaizen.evals.stats.HodgesLehmann;
import dev.kaizen.evals.stats.LocationEstimate;
import dev.kaizen.evals.stats.SignedRankTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeSet;

/**
 * Recorded sessions, written straight into a ledger without Docker: {@code session.json}, {@code
 * iterations.jsonl} and each iteration's artifacts, with realistic numbers. Each can be written the
 * way the first release wrote a ledger ({@link Schema#V1}: JSON without a schema, no per-metric
 * interval and p) or through {@link dev.kaizen.agent.ledger.LedgerCodec} as {@code improve} writes
 * one now ({@link Schema#V2}, the default); both hold the same session.
 *
 * <ul>
 *   <li>{@link #SESSION}, for a pull request: the model proposed twice, iteration 1 was rejected,
 *       iteration 2 accepted; {@code proposal.md}, {@code patch.diff}, {@code scorecard.json} and
 *       {@code decision.json} per iteration, the effects, intervals and p-values computed from the
 *       recorded pairs with the gate's own statistics. {@link #commitCandidates} also makes the two
 *       candidates real commits in Kaizen's clone of a {@link SlowReportRepo}, with the session
 *       branch at the accepted one, as a session leaves them.
 *   <li>{@link #REPORT_SESSION} and {@link #EMPTY_SESSION}, for a report ({@link #writeReport}): a
 *       finished session with accepted, rejected (measured and refused) and inconclusive iterations
 *       from two proposers, one of them with a hostile summary and reason, and scorecards only; and
 *       an interrupted session with no iteration.
 * </ul>
 */
public final class LedgerFixture {

  /** How a fixture's ledger is written. */
  public enum Schema {
    /**
     * As the first release wrote it: JSON documents without a schema, decisions without per-metric
     * intervals.
     */
    V1,
    /** Through the ledger's codec, as {@code improve} writes it now. */
    V2
  }

  public static final String SESSION = "20261127-093000-3e9f";
  public static final String MODEL = "openai/gpt-4.1-mini";
  public static final String PROMPT = "propose@sha256:1a2b3c4d5e6f";

  /** The commits a session measured. */
  public record Commits(String base, String rejected, String accepted) {}

  public static final String REJECTED_SUMMARY = "Cache the separator string in Report.render";
  public static final String ACCEPTED_SUMMARY =
      "Build the line with a StringBuilder in Report.render";
  public static final String ACCEPTED_RATIONALE =
      """
      Concatenating with `+=` copies the whole string on every pass, so `render(n)` takes time quadratic in n.
      A `StringBuilder` appends in amortised constant time and gives the same text.""";

  public static final String REPORT_SESSION = "20261127-090000-abcd";
  public static final String EMPTY_SESSION = "20261127-100000-ef01";
  public static final String REPORT_BASE = commit('a');
  public static final String HOSTILE = "<script>alert(\"pwned\")</script> & 'quotes'";

  // The accepted candidate's pairs: ms_per_op (target) and heap_mb (guard), baseline and candidate.
  private static final double[] MS_BASE = {
    41.3, 41.1, 41.6, 40.9, 41.4, 41.2, 41.8, 41.0, 41.5, 41.3, 41.1, 41.7
  };
  private static final double[] MS_CAND = {
    39.52, 40.29, 40.08, 40.30, 39.39, 40.02, 40.46, 40.52, 39.87, 40.10, 40.23, 40.25
  };
  private static final double[] HEAP_BASE = {
    182, 181, 183, 182, 184, 182, 181, 183, 182, 182, 183, 181
  };
  private static final double[] HEAP_CAND = {
    181, 183, 182, 182, 184, 183, 181, 183, 182, 182, 184, 181
  };
  // The rejected candidate's pairs.
  private static final double[] MS_BASE_1 = {
    41.2, 41.4, 41.0, 41.3, 41.6, 41.1, 41.5, 41.2, 41.3, 41.4
  };
  private static final double[] MS_CAND_1 = {
    41.1, 41.3, 41.2, 41.0, 41.9, 41.0, 41.4, 41.5, 41.2, 41.6
  };

  private static final MetricSpec MS_PER_OP =
      new MetricSpec("ms_per_op", Direction.LOWER, Role.TARGET);
  private static final MetricSpec HEAP_MB = new MetricSpec("heap_mb", Direction.LOWER, Role.GUARD);
  private static final TestReport TESTS = new TestReport(2, 0, 0, 0, List.of(), new TreeSet<>());

  private LedgerFixture() {}

  // ---- the session of a pull request

  /**
   * Writes the session into the ledger under {@code workspaceDir}, measured on {@code commits},
   * through the codec.
   */
  public static SessionLog write(Path workspaceDir, String session, Commits commits) {
    return write(workspaceDir, session, commits, Schema.V2);
  }

  /**
   * Writes the session into the ledger under {@code workspaceDir}, measured on {@code commits}, in
   * {@code schema}.
   */
  public static SessionLog write(
      Path workspaceDir, String session, Commits commits, Schema schema) {
    return write(workspaceDir, session, commits, true, schema);
  }

  /**
   * The same session, except that iteration 2 was inconclusive: nothing was accepted, the best is
   * the base.
   */
  public static SessionLog writeNothingAccepted(
      Path workspaceDir, String session, Commits commits) {
    return write(workspaceDir, session, commits, false, Schema.V2);
  }

  /**
   * Commits the two candidates of the session on the base (the head of {@code repo}, a {@link
   * SlowReportRepo}) in Kaizen's clone under {@code workspaceDir}, points {@code kaizen/<session>}
   * of the clone at the accepted one, and writes the ledger.
   */
  public static Commits commitCandidates(GitFixture repo, Path workspaceDir, String session) {
    try (Workspace ws = Workspace.open(repo.root(), workspaceDir)) {
      String base = ws.headCommit();
      String before = ws.readFile(base, SlowReportRepo.REPORT).orElseThrow();
      String rejected =
          commit(
              ws,
              base,
              session,
              1,
              REJECTED_SUMMARY,
              before
                  .replace("out += i + \",\";", "out += i + SEPARATOR;")
                  .replace(
                      "  private Report() {}",
                      "  private static final String SEPARATOR = \",\";\n\n  private Report() {}"));
      String accepted =
          commit(
              ws,
              base,
              session,
              2,
              ACCEPTED_SUMMARY,
              before
                  .replace(
                      "    String out = \"\";\n", "    StringBuilder out = new StringBuilder();\n")
                  .replace("      out += i + \",\";\n", "      out.append(i).append(',');\n")
                  .replace("    return out;\n", "    return out.toString();\n"));
      ws.setBranch("kaizen/candidates/" + session + "/1", Optional.empty(), rejected);
      ws.setBranch("kaizen/candidates/" + session + "/2", Optional.empty(), accepted);
      ws.setBranch("kaizen/" + session, Optional.empty(), accepted);
      var commits = new Commits(base, rejected, accepted);
      write(workspaceDir, session, commits);
      return commits;
    }
  }

  private static String commit(
      Workspace ws, String base, String session, int n, String summary, String after) {
    String before = ws.readFile(base, SlowReportRepo.REPORT).orElseThrow();
    var trailers = new LinkedHashMap<String, String>();
    trailers.put("Kaizen-Session", session);
    trailers.put("Kaizen-Iteration", String.valueOf(n));
    trailers.put("Kaizen-Proposer", "llm/" + MODEL);
    trailers.put("Kaizen-Prompt", PROMPT);
    ApplyResult r =
        ws.commit(
            base,
            Patch.of(new FileEdit(SlowReportRepo.REPORT, before, after)),
            new CommitInfo(summary, "", trailers));
    if (!(r instanceof ApplyResult.Committed c))
      throw new IllegalStateException("the fixture's patch does not apply: " + r);
    return c.commit();
  }

  private static SessionLog write(
      Path workspaceDir, String session, Commits c, boolean accept, Schema schema) {
    var w = new Writer(workspaceDir, schema);
    w.start(
        new SessionRecord(
            session,
            "/home/dev/slow-report",
            c.base(),
            "kaizen/" + session,
            null,
            "llm",
            "make Report.render faster",
            config(c.base()),
            "2026-11-27T09:30:00Z",
            null,
            "running",
            null,
            0,
            0,
            c.base()),
        v1Config(c.base()));

    // Iteration 1: rejected, not better by τ.
    var first = comparison(MS_BASE_1, MS_CAND_1, null, null);
    String reason1 =
        "not better by at least 1.0%: estimate "
            + pct(first.effect())
            + " (95% CI "
            + pct(first.ciLow())
            + " … "
            + pct(first.ciHigh())
            + ", "
            + first.pairs()
            + " pairs), p = "
            + p(first.p());
    List<String> reasons1 =
        List.of(
            reason1,
            "ms_per_op (target, lower is better): median "
                + num(first.baseMedian())
                + " → "
                + num(first.candMedian())
                + ", "
                + pct(first.improvement()));
    w.artifact(
        1,
        "proposal.md",
        proposal(
            REJECTED_SUMMARY,
            "report-separator",
            "The separator literal is built on every pass; a constant avoids it.",
            4810,
            0.0021));
    w.artifact(
        1,
        "patch.diff",
        "diff --git a/src/main/java/demo/Report.java b/src/main/java/demo/Report.java\n");
    w.measured(1, "rejected", reasons1, first);
    w.append(
        new IterationRecord(
            session + "/1",
            1,
            "2026-11-27T09:30:04Z",
            "2026-11-27T09:36:41Z",
            "llm",
            MODEL,
            "llm:report-separator",
            REJECTED_SUMMARY,
            PROMPT,
            4810,
            0.0021,
            c.base(),
            c.rejected(),
            "rejected",
            reason1,
            reasons1,
            first.effect(),
            first.ciLow(),
            first.ciHigh(),
            first.p(),
            first.pairs(),
            2,
            0));

    // Iteration 2: accepted (or, without {@code accept}, inconclusive).
    var second = comparison(MS_BASE, MS_CAND, HEAP_BASE, HEAP_CAND);
    String decision2 = accept ? "accepted" : "inconclusive";
    String reason2 =
        accept
            ? "better by "
                + pct(second.effect()).substring(1)
                + " (95% CI "
                + pct(second.ciLow())
                + " … "
                + pct(second.ciHigh())
                + ", "
                + second.pairs()
                + " pairs); p = "
                + p(second.p())
                + " ≤ 0.005 against \"at most 1.0% better\""
            : "not shown to be better by at least 1.0% after 12 pairs: estimate "
                + pct(second.effect())
                + ", p = "
                + p(second.p());
    List<String> reasons2 =
        List.of(
            reason2,
            "ms_per_op (target, lower is better): median "
                + num(second.baseMedian())
                + " → "
                + num(second.candMedian())
                + ", "
                + pct(second.improvement()),
            "guard heap_mb within 2.0%: " + pct(second.guardLow()) + " at worst",
            "significance level 0.005 at look 1 of 2 (α = 0.01 split evenly, Bonferroni)");
    w.artifact(
        2,
        "proposal.md",
        proposal(ACCEPTED_SUMMARY, "report-builder", ACCEPTED_RATIONALE, 5230, 0.0024));
    w.artifact(
        2,
        "patch.diff",
        "diff --git a/src/main/java/demo/Report.java b/src/main/java/demo/Report.java\n");
    w.measured(2, decision2, reasons2, second);
    w.append(
        new IterationRecord(
            session + "/2",
            2,
            "2026-11-27T09:36:42Z",
            "2026-11-27T09:44:10Z",
            "llm",
            MODEL,
            "llm:report-builder",
            ACCEPTED_SUMMARY,
            PROMPT,
            5230,
            0.0024,
            c.base(),
            c.accepted(),
            decision2,
            reason2,
            reasons2,
            second.effect(),
            second.ciLow(),
            second.ciHigh(),
            second.p(),
            second.pairs(),
            2,
            0));

    String best = accept ? c.accepted() : c.base();
    return w.end(
        "2026-11-27T09:44:11Z",
        "finished",
        "reached the limit of 2 iteration(s)",
        2,
        accept ? 1 : 0,
        best);
  }

  /** What the gate computes from the pairs, for the records. */
  private record Comparison(
      double[] msBase,
      double[] msCand,
      double[] heapBase,
      double[] heapCand,
      double effect,
      double ciLow,
      double ciHigh,
      double p,
      int pairs,
      double baseMedian,
      double candMedian,
      double improvement,
      double guardLow) {}

  private static Comparison comparison(
      double[] msBase, double[] msCand, double[] heapBase, double[] heapCand) {
    double[] d = new double[msBase.length];
    for (int i = 0; i < d.length; i++) d[i] = Math.log(msBase[i] / msCand[i]);
    LocationEstimate e = HodgesLehmann.estimate(d, 0.95);
    double p = SignedRankTest.greater(d, Math.log1p(0.01)).pValue();
    double bm = HodgesLehmann.median(msBase);
    double cm = HodgesLehmann.median(msCand);
    double guardLow = Double.NaN;
    if (heapBase != null) {
      double[] g = new double[heapBase.length];
      for (int i = 0; i < g.length; i++) g[i] = Math.log(heapBase[i] / heapCand[i]);
      guardLow = Math.expm1(HodgesLehmann.estimate(g, 0.95).low());
    }
    return new Comparison(
        msBase,
        msCand,
        heapBase,
        heapCand,
        Math.expm1(e.estimate()),
        Math.expm1(e.low()),
        Math.expm1(e.high()),
        p,
        d.length,
        bm,
        cm,
        bm / cm - 1,
        guardLow);
  }

  private static ConfigSnapshot config(String base) {
    return new ConfigSnapshot(
        "kaizen.yml at " + base.substring(0, 10),
        null,
        "mvn -o -B -q -DskipTests package",
        List.of(
            new ConfigSnapshot.Eval("tests", "junit", "mvn -o -B -q test", null, null),
            new ConfigSnapshot.Eval(
                "speed",
                "command",
                "java -cp target/classes demo.Bench",
                List.of(
                    new ConfigSnapshot.Metric("ms_per_op", "lower", "target"),
                    new ConfigSnapshot.Metric("heap_mb", "lower", "guard")),
                null)),
        new ConfigSnapshot.Gate(
            0.01, 0.01, new ConfigSnapshot.Pairs(10, 40), 0.02, new ConfigSnapshot.Batch(4, 2)),
        List.of(".github/**", "kaizen.yml", "**/src/test/**"),
        new ConfigSnapshot.Sandbox("docker", "host", 1.0, "2 GiB", 512L, "10m00s", "none"),
        new ConfigSnapshot.Budget(2, "2h00m", 5.0, 2_000_000L, null, null));
  }

  /** {@link #config} as the first release wrote it. */
  private static Map<String, Object> v1Config(String base) {
    var m = new LinkedHashMap<String, Object>();
    m.put("source", "kaizen.yml at " + base.substring(0, 10));
    m.put("build", "mvn -o -B -q -DskipTests package");
    m.put(
        "evals",
        List.of(
            Map.of("id", "tests", "type", "junit", "command", "mvn -o -B -q test"),
            Map.of(
                "id",
                "speed",
                "type",
                "command",
                "command",
                "java -cp target/classes demo.Bench",
                "metrics",
                List.of(
                    Map.of("name", "ms_per_op", "better", "lower", "role", "target"),
                    Map.of("name", "heap_mb", "better", "lower", "role", "guard")))));
    var gate = new LinkedHashMap<String, Object>();
    gate.put("alpha", 0.01);
    gate.put("min-effect", 0.01);
    gate.put("pairs", Map.of("min", 10, "max", 40));
    gate.put("guard-max-regression", 0.02);
    gate.put("batch", Map.of("screen-pairs", 4, "confirm", 2));
    m.put("gate", gate);
    m.put("protected", List.of(".github/**", "kaizen.yml", "**/src/test/**"));
    var sandbox = new LinkedHashMap<String, Object>();
    sandbox.put("backend", "docker");
    sandbox.put("image", "host");
    sandbox.put("cpus", 1.0);
    sandbox.put("memory", "2 GiB");
    sandbox.put("pids", 512);
    sandbox.put("timeout", "10m00s");
    sandbox.put("gpus", "none");
    m.put("sandbox", sandbox);
    m.put(
        "budget",
        Map.of("max-iterations", 2, "max-wall", "2h00m", "max-usd", 5.0, "max-tokens", 2000000));
    return m;
  }

  private static String proposal(
      String summary, String key, String rationale, long tokens, double cost) {
    return "# "
        + summary
        + "\n\n"
        + "- key: `llm:"
        + key
        + "`\n"
        + "- proposer: llm ("
        + MODEL
        + ")\n"
        + "- prompt: "
        + PROMPT
        + "\n"
        + "- tokens: "
        + tokens
        + ", cost: $"
        + cost
        + "\n\n"
        + "## Rationale\n\n"
        + rationale.strip()
        + "\n\n"
        + "## Transcript\n\n### Request (round 1)\n\n…\n\n### Answer\n\nSummary: "
        + summary
        + "\n";
  }

  /**
   * The gate's decision on a comparison, as the gate makes it: per-metric numbers over the usable
   * pairs.
   */
  private static Decision decision(String kind, List<String> reasons, Comparison c) {
    List<PairSample> samples = samples(c);
    List<PairSample> usable = PairSample.usable(samples);
    List<MetricSpec> specs =
        c.heapBase() == null ? List.of(MS_PER_OP) : List.of(MS_PER_OP, HEAP_MB);
    List<MetricComparison> metrics =
        specs.stream().map(m -> MetricComparison.of(m, usable)).toList();
    var evidence =
        Optional.of(
            new Evidence(
                c.pairs(),
                0.01,
                "min-effect",
                c.effect(),
                c.ciLow(),
                c.ciHigh(),
                0.95,
                c.p(),
                metrics,
                List.of(),
                samples));
    return switch (kind) {
      case "accepted" -> new Decision.Accepted(reasons, Optional.of(TESTS), evidence);
      case "rejected" -> new Decision.Rejected(reasons, Optional.of(TESTS), evidence);
      default -> new Decision.Inconclusive(reasons, Optional.of(TESTS), evidence);
    };
  }

  private static List<PairSample> samples(Comparison c) {
    var samples = new ArrayList<PairSample>();
    for (int i = 0; i < c.msBase().length; i++) {
      var base = new LinkedHashMap<String, Double>();
      var cand = new LinkedHashMap<String, Double>();
      base.put("ms_per_op", c.msBase()[i]);
      cand.put("ms_per_op", c.msCand()[i]);
      if (c.heapBase() != null) {
        base.put("heap_mb", c.heapBase()[i]);
        cand.put("heap_mb", c.heapCand()[i]);
      }
      List<MetricSpec> specs =
          c.heapBase() == null ? List.of(MS_PER_OP) : List.of(MS_PER_OP, HEAP_MB);
      samples.add(
          new PairSample(
              i,
              i % 4 == 0 || i % 4 == 3,
              measurement(base, specs, 1500 + i),
              measurement(cand, specs, 1450 + i),
              Math.log(c.msBase()[i] / c.msCand()[i])));
    }
    return samples;
  }

  private static Measurement measurement(
      Map<String, Double> metrics, List<MetricSpec> specs, long wallMs) {
    return new Measurement(
        metrics,
        specs,
        Map.of(),
        Duration.ofMillis(wallMs),
        OptionalLong.empty(),
        Optional.empty(),
        List.of());
  }

  /** {@link #decision} as the first release wrote it. */
  private static Map<String, Object> v1Decision(String kind, List<String> reasons, Comparison c) {
    var m = new LinkedHashMap<String, Object>();
    m.put("decision", kind);
    m.put("reason", reasons.get(0));
    m.put("reasons", reasons);
    m.put("pairs", c.pairs());
    m.put("threshold", 0.01);
    m.put("thresholdSource", "min-effect");
    m.put("estimate", c.effect());
    m.put("ciLow", c.ciLow());
    m.put("ciHigh", c.ciHigh());
    m.put("confidence", 0.95);
    m.put("p", c.p());
    var metrics = new ArrayList<Map<String, Object>>();
    metrics.add(
        metric(
            "ms_per_op",
            "target",
            HodgesLehmann.median(c.msBase()),
            HodgesLehmann.median(c.msCand())));
    if (c.heapBase() != null)
      metrics.add(
          metric(
              "heap_mb",
              "guard",
              HodgesLehmann.median(c.heapBase()),
              HodgesLehmann.median(c.heapCand())));
    m.put("metrics", metrics);
    m.put("steady", true);
    m.put("steadiness", List.of());
    m.put("candidateTests", tests());
    return m;
  }

  private static Map<String, Object> metric(String name, String role, double base, double cand) {
    var m = new LinkedHashMap<String, Object>();
    m.put("name", name);
    m.put("role", role);
    m.put("better", "lower");
    m.put("baseline", base);
    m.put("candidate", cand);
    m.put("improvement", base / cand - 1);
    return m;
  }

  private static Map<String, Object> tests() {
    var m = new LinkedHashMap<String, Object>();
    m.put("run", 2);
    m.put("failures", 0);
    m.put("errors", 0);
    m.put("skipped", 0);
    m.put("failed", List.of());
    return m;
  }

  /** The scorecard of a comparison as the first release wrote it. */
  private static Map<String, Object> v1Scorecard(Comparison c) {
    var m = new LinkedHashMap<String, Object>();
    m.put("baseline", Map.of("ok", true, "tests", tests(), "runs", List.of()));
    m.put("candidate", Map.of("ok", true, "tests", tests(), "runs", List.of()));
    m.put("pairs", c.pairs());
    m.put("estimate", c.effect());
    var samples = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < c.msBase().length; i++) {
      var base = new LinkedHashMap<String, Object>();
      var cand = new LinkedHashMap<String, Object>();
      var bm = new LinkedHashMap<String, Object>();
      var cm = new LinkedHashMap<String, Object>();
      bm.put("ms_per_op", c.msBase()[i]);
      cm.put("ms_per_op", c.msCand()[i]);
      if (c.heapBase() != null) {
        bm.put("heap_mb", c.heapBase()[i]);
        cm.put("heap_mb", c.heapCand()[i]);
      }
      base.put("metrics", bm);
      base.put("wallMs", 1500 + i);
      cand.put("metrics", cm);
      cand.put("wallMs", 1450 + i);
      var s = new LinkedHashMap<String, Object>();
      s.put("index", i);
      s.put("order", i % 4 == 0 || i % 4 == 3 ? "AB" : "BA");
      s.put("baseline", base);
      s.put("candidate", cand);
      s.put("d", Math.log(c.msBase()[i] / c.msCand()[i]));
      samples.add(s);
    }
    m.put("samples", samples);
    return m;
  }

  // ---- the sessions of a report -----------------------------------------------------------------

  /**
   * Writes the report's two sessions into {@code workspace}'s ledger through the codec and returns
   * the ledger.
   */
  public static Ledger writeReport(Path workspace) {
    return writeReport(workspace, Schema.V2);
  }

  /**
   * Writes the report's two sessions into {@code workspace}'s ledger in {@code schema} and returns
   * the ledger.
   */
  public static Ledger writeReport(Path workspace, Schema schema) {
    var w = new Writer(workspace, schema);
    var config =
        new ConfigSnapshot(
            "kaizen.yml at aaaaaaaaaa",
            null,
            null,
            null,
            new ConfigSnapshot.Gate(0.01, 0.01, new ConfigSnapshot.Pairs(10, 20), null, null),
            null,
            null,
            null);
    Map<String, Object> v1Config =
        Map.of(
            "source",
            "kaizen.yml at aaaaaaaaaa",
            "gate",
            Map.of("alpha", 0.01, "min-effect", 0.01, "pairs", Map.of("min", 10, "max", 20)));
    w.start(
        new SessionRecord(
            REPORT_SESSION,
            "/repo",
            REPORT_BASE,
            "kaizen/" + REPORT_SESSION,
            null,
            "llm",
            "make Report.render faster",
            config,
            "2026-11-27T09:00:00.123Z",
            null,
            "running",
            null,
            0,
            0,
            REPORT_BASE),
        v1Config);
    String c1 = commit('1');
    String c5 = commit('5');
    var its =
        List.of(
            iteration(
                1,
                "llm",
                "gpt-4.1-mini",
                "Use a StringBuilder in Report.render",
                12_000,
                0.0213,
                REPORT_BASE,
                c1,
                "accepted",
                List.of("better by 5.2% (95% CI +3.1% … +7.4%, 12 pairs); p = 0.0009 ≤ 0.005"),
                0.052,
                0.031,
                0.074,
                0.0009,
                12,
                424,
                0),
            iteration(
                2,
                "llm",
                "gpt-4.1-mini",
                "Cache the formatter " + HOSTILE,
                8_000,
                0.015,
                c1,
                commit('2'),
                "rejected",
                List.of(
                    "2 tests failed: demo.ReportTest#renders " + HOSTILE, "demo.ReportTest#empty"),
                null,
                null,
                null,
                null,
                null,
                424,
                2),
            iteration(
                3,
                "heuristic",
                "precompile-regex",
                "Precompile the regex `\\s+` in Report.split",
                0,
                0,
                c1,
                commit('3'),
                "inconclusive",
                List.of(
                    "not shown to be better by at least 1.0% after 20 pairs: estimate −0.4% (95% CI −3.0% … +2.0%)"),
                -0.004,
                -0.03,
                0.02,
                0.61,
                20,
                424,
                0),
            iteration(
                4,
                "heuristic",
                "string-concat-in-loop",
                "Use a StringBuilder for `s +=` in ReportTest",
                0,
                0,
                c1,
                null,
                "rejected",
                List.of("the patch touches a protected path: src/test/java/demo/ReportTest.java"),
                null,
                null,
                null,
                null,
                null,
                null,
                null),
            iteration(
                5,
                "heuristic",
                "precompile-regex",
                "Precompile the regex `,` in Report.columns",
                0,
                0,
                c1,
                c5,
                "accepted",
                List.of("better by 2.1% (95% CI +1.2% … +3.0%, 20 pairs); p = 0.004 ≤ 0.005"),
                0.021,
                0.012,
                0.03,
                0.004,
                20,
                424,
                0));
    double baseline = 10.0;
    for (IterationRecord it : its) {
      w.append(it);
      if (it.effect() != null) {
        double candidate = baseline / (1 + it.effect());
        if (schema == Schema.V1)
          w.v1Artifact(it.n(), "scorecard.json", reportV1Scorecard(baseline, candidate, it));
        else w.log.writeScorecard(it.n(), reportScorecard(baseline, candidate, it));
        if (it.accepted()) baseline = candidate;
      }
    }
    w.end("2026-11-27T09:40:00Z", "finished", "tried 5 iteration(s)", 5, 2, c5);

    var empty = new Writer(workspace, schema);
    empty.start(
        new SessionRecord(
            EMPTY_SESSION,
            "/repo",
            c5,
            "kaizen/" + EMPTY_SESSION,
            null,
            "heuristic",
            "goal",
            ConfigSnapshot.NONE,
            "2026-11-27T10:00:00Z",
            "2026-11-27T10:01:00Z",
            "interrupted",
            "interrupted (Ctrl-C)",
            0,
            0,
            c5),
        Map.of());
    return new Ledger(workspace);
  }

  public static String commit(char c) {
    return String.valueOf(c).repeat(40);
  }

  private static IterationRecord iteration(
      int n,
      String proposer,
      String source,
      String summary,
      long tokens,
      double usd,
      String parent,
      String commit,
      String decision,
      List<String> reasons,
      Double effect,
      Double low,
      Double high,
      Double p,
      Integer pairs,
      Integer testsRun,
      Integer testsFailed) {
    return new IterationRecord(
        REPORT_SESSION + "/" + n,
        n,
        "2026-11-27T09:0" + n + ":00Z",
        "2026-11-27T09:0" + n + ":50Z",
        proposer,
        source,
        source + ":" + n,
        summary,
        proposer.equals("llm") ? "improve@1234abcd" : null,
        tokens,
        usd,
        parent,
        commit,
        decision,
        reasons.get(0),
        reasons,
        effect,
        low,
        high,
        p,
        pairs,
        testsRun,
        testsFailed);
  }

  /**
   * A report scorecard: the gate's overall numbers, two metrics' medians and the pairs' effects (no
   * measurements).
   */
  private static ScorecardRecord reportScorecard(
      double baseline, double candidate, IterationRecord it) {
    var metrics =
        List.of(
            new EvidenceRecord.Metric(
                "ms_per_op", "target", "lower", baseline, candidate, it.effect(), null, null, null),
            new EvidenceRecord.Metric(
                "heap_mb", "guard", "lower", 64.0, 63.5, 0.008, null, null, null));
    var evidence =
        new EvidenceRecord(
            it.pairs(),
            0.01,
            null,
            it.effect(),
            it.ciLow(),
            it.ciHigh(),
            null,
            it.p(),
            metrics,
            null,
            List.of());
    var samples = new ArrayList<PairRecord>();
    for (int i = 0; i < it.pairs(); i++) {
      samples.add(
          new PairRecord(
              i,
              i % 2 == 0 ? "AB" : "BA",
              null,
              null,
              Math.log1p(it.effect()) + (i % 5 - 2) * 0.01));
    }
    return new ScorecardRecord(null, null, evidence, samples);
  }

  /** {@link #reportScorecard} as the first release wrote it. */
  private static Map<String, Object> reportV1Scorecard(
      double baseline, double candidate, IterationRecord it) {
    var m = new LinkedHashMap<String, Object>();
    m.put("pairs", it.pairs());
    m.put("threshold", 0.01);
    m.put("estimate", it.effect());
    m.put("ciLow", it.ciLow());
    m.put("ciHigh", it.ciHigh());
    m.put("p", it.p());
    m.put(
        "metrics",
        List.of(
            Map.of(
                "name",
                "ms_per_op",
                "role",
                "target",
                "better",
                "lower",
                "baseline",
                baseline,
                "candidate",
                candidate,
                "improvement",
                it.effect()),
            Map.of(
                "name",
                "heap_mb",
                "role",
                "guard",
                "better",
                "lower",
                "baseline",
                64.0,
                "candidate",
                63.5,
                "improvement",
                0.008)));
    var samples = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < it.pairs(); i++) {
      samples.add(
          Map.of(
              "index",
              i,
              "order",
              i % 2 == 0 ? "AB" : "BA",
              "d",
              Math.log1p(it.effect()) + (i % 5 - 2) * 0.01));
    }
    m.put("samples", samples);
    return m;
  }

  // ---- writing in either schema

  /**
   * Writes one session: through the codec ({@link Schema#V2}), or as the first release wrote its
   * files ({@link Schema#V1}).
   */
  private static final class Writer {
    private final Path workspace;
    private final Schema schema;
    private SessionRecord session;
    private Map<String, Object> v1Config;
    private SessionLog log;
    private Path dir;

    Writer(Path workspace, Schema schema) {
      this.workspace = workspace;
      this.schema = schema;
    }

    void start(SessionRecord record, Map<String, Object> v1Config) {
      this.session = record;
      this.v1Config = v1Config;
      if (schema == Schema.V2) {
        log = new Ledger(workspace).start(record);
        dir = log.directory();
      } else {
        dir = workspace.toAbsolutePath().resolve("sessions").resolve(record.id());
        writeV1Session();
        log = new Ledger(workspace).open(record.id());
      }
    }

    void artifact(int n, String name, String content) {
      log.writeArtifact(n, name, content);
    }

    void v1Artifact(int n, String name, Map<String, Object> json) {
      log.writeArtifact(n, name, Json.pretty(json));
    }

    /** An iteration's decision and scorecard. */
    void measured(int n, String kind, List<String> reasons, Comparison c) {
      if (schema == Schema.V1) {
        v1Artifact(n, "decision.json", v1Decision(kind, reasons, c));
        v1Artifact(n, "scorecard.json", v1Scorecard(c));
      } else {
        Decision decision = decision(kind, reasons, c);
        var check = new TreeCheck(TESTS, Optional.empty(), List.of());
        log.writeDecision(n, DecisionRecord.of(decision));
        log.writeScorecard(n, ScorecardRecord.of(check, check, decision));
      }
    }

    void append(IterationRecord it) {
      if (schema == Schema.V2) {
        log.append(it);
      } else {
        write(
            dir.resolve("iterations.jsonl"),
            Json.line(it) + "\n",
            StandardOpenOption.CREATE,
            StandardOpenOption.APPEND);
      }
    }

    SessionLog end(
        String finished, String status, String detail, int tried, int accepted, String best) {
      session = session.ended(finished, status, detail, tried, accepted, best);
      if (schema == Schema.V2) log.writeSession(session);
      else writeV1Session();
      return log;
    }

    /**
     * {@code session.json} as the first release wrote it: the record's keys, the configuration as a
     * map.
     */
    private void writeV1Session() {
      var m = new LinkedHashMap<String, Object>();
      m.put("id", session.id());
      m.put("repository", session.repository());
      m.put("base", session.base());
      m.put("branch", session.branch());
      m.put("into", session.into());
      m.put("proposer", session.proposer());
      m.put("goal", session.goal());
      m.put("config", v1Config);
      m.put("started", session.started());
      m.put("finished", session.finished());
      m.put("status", session.status());
      m.put("statusDetail", session.statusDetail());
      m.put("tried", session.tried());
      m.put("accepted", session.accepted());
      m.put("best", session.best());
      write(
          dir.resolve("session.json"),
          Json.pretty(m),
          StandardOpenOption.CREATE,
          StandardOpenOption.TRUNCATE_EXISTING,
          StandardOpenOption.WRITE);
    }

    private static void write(Path file, String text, StandardOpenOption... options) {
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, options);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static String pct(double relative) {
    String s = String.format(Locale.ROOT, "%+.1f%%", 100 * relative);
    return s.equals("-0.0%") || s.equals("+0.0%") ? "0.0%" : s.replace('-', '\u2212');
  }

  private static String p(double p) {
    var r = new java.math.BigDecimal(p).round(new java.math.MathContext(2));
    return r.setScale(r.scale() + 2 - r.precision()).toPlainString();
  }

  private static String num(double v) {
    return new java.math.BigDecimal(v)
        .round(new java.math.MathContext(4))
        .stripTrailingZeros()
        .toPlainString();
  }
}
