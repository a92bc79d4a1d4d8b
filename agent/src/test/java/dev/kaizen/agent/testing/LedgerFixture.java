package dev.kaizen.agent.testing;

import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.Ledger;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.ledger.SessionRecord;
import dev.kaizen.agent.patch.FileEdit;
import dev.kaizen.agent.patch.Patch;
import dev.kaizen.agent.workspace.ApplyResult;
import dev.kaizen.agent.workspace.CommitInfo;
import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.evals.stats.HodgesLehmann;
import dev.kaizen.evals.stats.LocationEstimate;
import dev.kaizen.evals.stats.SignedRankTest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A recorded session, written straight into a ledger the way {@code improve} writes one, without
 * Docker: {@code session.json}, {@code iterations.jsonl} and each iteration's {@code proposal.md},
 * {@code patch.diff}, {@code scorecard.json} and {@code decision.json}, with realistic numbers (the
 * effects, intervals and p-values are computed from the recorded pairs with the gate's own
 * statistics). The model proposed twice: iteration 1 was rejected, iteration 2 accepted.
 *
 * <p>{@link #commitCandidates} also makes the two candidates real commits in Kaizen's clone of a
 * {@link SlowReportRepo}, with the session branch at the accepted one, as a session leaves them.
 */
public final class LedgerFixture {

  public static final String SESSION = "20261127-093000-3e9f";
  public static final String MODEL = "openai/gpt-4.1-mini";
  public static final String PROMPT = "propose@sha256:1a2b3c4d5e6f";

  /** The commits a session measured. */
  public record Commits(String base, String rejected, String accepted) {}

  public static final String REJECTED_SUMMARY = "Cache the separator string in Report.render";
  public static final String ACCEPTED_SUMMARY = "Build the line with a StringBuilder in Report.render";
  public static final String ACCEPTED_RATIONALE = """
      Concatenating with `+=` copies the whole string on every pass, so `render(n)` takes time quadratic in n.
      A `StringBuilder` appends in amortised constant time and gives the same text.""";

  // The accepted candidate's pairs: ms_per_op (target) and heap_mb (guard), baseline and candidate.
  private static final double[] MS_BASE = {41.3, 41.1, 41.6, 40.9, 41.4, 41.2, 41.8, 41.0, 41.5, 41.3, 41.1, 41.7};
  private static final double[] MS_CAND = {39.52, 40.29, 40.08, 40.30, 39.39, 40.02, 40.46, 40.52, 39.87, 40.10, 40.23, 40.25};
  private static final double[] HEAP_BASE = {182, 181, 183, 182, 184, 182, 181, 183, 182, 182, 183, 181};
  private static final double[] HEAP_CAND = {181, 183, 182, 182, 184, 183, 181, 183, 182, 182, 184, 181};
  // The rejected candidate's pairs.
  private static final double[] MS_BASE_1 = {41.2, 41.4, 41.0, 41.3, 41.6, 41.1, 41.5, 41.2, 41.3, 41.4};
  private static final double[] MS_CAND_1 = {41.1, 41.3, 41.2, 41.0, 41.9, 41.0, 41.4, 41.5, 41.2, 41.6};

  private LedgerFixture() {}

  /** Writes the session into the ledger under {@code workspaceDir}, measured on {@code commits}. */
  public static SessionLog write(Path workspaceDir, String session, Commits commits) {
    return write(workspaceDir, session, commits, true);
  }

  /** The same session, except that iteration 2 was inconclusive: nothing was accepted, the best is the base. */
  public static SessionLog writeNothingAccepted(Path workspaceDir, String session, Commits commits) {
    return write(workspaceDir, session, commits, false);
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
      String rejected = commit(ws, base, session, 1, REJECTED_SUMMARY,
          before.replace("out += i + \",\";", "out += i + SEPARATOR;")
              .replace("  private Report() {}", "  private static final String SEPARATOR = \",\";\n\n  private Report() {}"));
      String accepted = commit(ws, base, session, 2, ACCEPTED_SUMMARY,
          before.replace("    String out = \"\";\n", "    StringBuilder out = new StringBuilder();\n")
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

  private static String commit(Workspace ws, String base, String session, int n, String summary, String after) {
    String before = ws.readFile(base, SlowReportRepo.REPORT).orElseThrow();
    var trailers = new LinkedHashMap<String, String>();
    trailers.put("Kaizen-Session", session);
    trailers.put("Kaizen-Iteration", String.valueOf(n));
    trailers.put("Kaizen-Proposer", "llm/" + MODEL);
    trailers.put("Kaizen-Prompt", PROMPT);
    ApplyResult r = ws.commit(base, Patch.of(new FileEdit(SlowReportRepo.REPORT, before, after)), new CommitInfo(summary, "", trailers));
    if (!(r instanceof ApplyResult.Committed c)) throw new IllegalStateException("the fixture's patch does not apply: " + r);
    return c.commit();
  }

  private static SessionLog write(Path workspaceDir, String session, Commits c, boolean accept) {
    var ledger = new Ledger(workspaceDir);
    String started = "2026-11-27T09:30:00Z";
    SessionLog log = ledger.start(new SessionRecord(session, "/home/dev/slow-report", c.base(), "kaizen/" + session, null, "llm",
        "make Report.render faster", config(c.base()), started, null, "running", null, 0, 0, c.base()));

    // Iteration 1: rejected, not better by τ.
    var first = comparison(MS_BASE_1, MS_CAND_1, null, null);
    String reason1 = "not better by at least 1.0%: estimate " + pct(first.effect()) + " (95% CI " + pct(first.ciLow()) + " … "
        + pct(first.ciHigh()) + ", " + first.pairs() + " pairs), p = " + p(first.p());
    List<String> reasons1 = List.of(reason1, "ms_per_op (target, lower is better): median " + num(first.baseMedian()) + " → "
        + num(first.candMedian()) + ", " + pct(first.improvement()));
    log.writeArtifact(1, "proposal.md", proposal(REJECTED_SUMMARY, "report-separator",
        "The separator literal is built on every pass; a constant avoids it.", 4810, 0.0021));
    log.writeArtifact(1, "patch.diff", "diff --git a/src/main/java/demo/Report.java b/src/main/java/demo/Report.java\n");
    log.writeArtifact(1, "decision.json", Json.pretty(decision("rejected", reasons1, first)));
    log.writeArtifact(1, "scorecard.json", Json.pretty(scorecard(first)));
    log.append(new IterationRecord(session + "/1", 1, "2026-11-27T09:30:04Z", "2026-11-27T09:36:41Z", "llm", MODEL,
        "llm:report-separator", REJECTED_SUMMARY, PROMPT, 4810, 0.0021, c.base(), c.rejected(), "rejected", reason1, reasons1,
        first.effect(), first.ciLow(), first.ciHigh(), first.p(), first.pairs(), 2, 0));

    // Iteration 2: accepted (or, without {@code accept}, inconclusive).
    var second = comparison(MS_BASE, MS_CAND, HEAP_BASE, HEAP_CAND);
    String decision2 = accept ? "accepted" : "inconclusive";
    String reason2 = accept
        ? "better by " + pct(second.effect()).substring(1) + " (95% CI " + pct(second.ciLow()) + " … " + pct(second.ciHigh()) + ", "
            + second.pairs() + " pairs); p = " + p(second.p()) + " ≤ 0.005 against \"at most 1.0% better\""
        : "not shown to be better by at least 1.0% after 12 pairs: estimate " + pct(second.effect()) + ", p = " + p(second.p());
    List<String> reasons2 = List.of(reason2,
        "ms_per_op (target, lower is better): median " + num(second.baseMedian()) + " → " + num(second.candMedian()) + ", "
            + pct(second.improvement()),
        "guard heap_mb within 2.0%: " + pct(second.guardLow()) + " at worst",
        "significance level 0.005 at look 1 of 2 (α = 0.01 split evenly, Bonferroni)");
    log.writeArtifact(2, "proposal.md", proposal(ACCEPTED_SUMMARY, "report-builder", ACCEPTED_RATIONALE, 5230, 0.0024));
    log.writeArtifact(2, "patch.diff", "diff --git a/src/main/java/demo/Report.java b/src/main/java/demo/Report.java\n");
    log.writeArtifact(2, "decision.json", Json.pretty(decision(decision2, reasons2, second)));
    log.writeArtifact(2, "scorecard.json", Json.pretty(scorecard(second)));
    log.append(new IterationRecord(session + "/2", 2, "2026-11-27T09:36:42Z", "2026-11-27T09:44:10Z", "llm", MODEL,
        "llm:report-builder", ACCEPTED_SUMMARY, PROMPT, 5230, 0.0024, c.base(), c.accepted(), decision2, reason2, reasons2,
        second.effect(), second.ciLow(), second.ciHigh(), second.p(), second.pairs(), 2, 0));

    String best = accept ? c.accepted() : c.base();
    log.writeSession(log.session().ended("2026-11-27T09:44:11Z", "finished", "reached the limit of 2 iteration(s)", 2,
        accept ? 1 : 0, best));
    return log;
  }

  /** What the gate computes from the pairs, for the records. */
  private record Comparison(double[] msBase, double[] msCand, double[] heapBase, double[] heapCand, double effect, double ciLow,
      double ciHigh, double p, int pairs, double baseMedian, double candMedian, double improvement, double guardLow) {}

  private static Comparison comparison(double[] msBase, double[] msCand, double[] heapBase, double[] heapCand) {
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
    return new Comparison(msBase, msCand, heapBase, heapCand, Math.expm1(e.estimate()), Math.expm1(e.low()), Math.expm1(e.high()), p,
        d.length, bm, cm, bm / cm - 1, guardLow);
  }

  private static Map<String, Object> config(String base) {
    var m = new LinkedHashMap<String, Object>();
    m.put("source", "kaizen.yml at " + base.substring(0, 10));
    m.put("build", "mvn -o -B -q -DskipTests package");
    m.put("evals", List.of(
        Map.of("id", "tests", "type", "junit", "command", "mvn -o -B -q test"),
        Map.of("id", "speed", "type", "command", "command", "java -cp target/classes demo.Bench", "metrics", List.of(
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
    m.put("budget", Map.of("max-iterations", 2, "max-wall", "2h00m", "max-usd", 5.0, "max-tokens", 2000000));
    return m;
  }

  private static String proposal(String summary, String key, String rationale, long tokens, double cost) {
    return "# " + summary + "\n\n"
        + "- key: `llm:" + key + "`\n"
        + "- proposer: llm (" + MODEL + ")\n"
        + "- prompt: " + PROMPT + "\n"
        + "- tokens: " + tokens + ", cost: $" + cost + "\n\n"
        + "## Rationale\n\n" + rationale.strip() + "\n\n"
        + "## Transcript\n\n### Request (round 1)\n\n…\n\n### Answer\n\nSummary: " + summary + "\n";
  }

  private static Map<String, Object> decision(String kind, List<String> reasons, Comparison c) {
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
    metrics.add(metric("ms_per_op", "target", HodgesLehmann.median(c.msBase()), HodgesLehmann.median(c.msCand())));
    if (c.heapBase() != null) metrics.add(metric("heap_mb", "guard", HodgesLehmann.median(c.heapBase()), HodgesLehmann.median(c.heapCand())));
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

  private static Map<String, Object> scorecard(Comparison c) {
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

  private static String pct(double relative) {
    String s = String.format(Locale.ROOT, "%+.1f%%", 100 * relative);
    return s.equals("-0.0%") || s.equals("+0.0%") ? "0.0%" : s.replace('-', '\u2212');
  }

  private static String p(double p) {
    var r = new java.math.BigDecimal(p).round(new java.math.MathContext(2));
    return r.setScale(r.scale() + 2 - r.precision()).toPlainString();
  }

  private static String num(double v) {
    return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString();
  }
}
