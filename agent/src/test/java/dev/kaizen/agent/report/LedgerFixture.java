package dev.kaizen.agent.report;

import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.Ledger;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.ledger.SessionRecord;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A ledger written the way {@code improve} writes one, without running anything: a finished
 * session with accepted, rejected (measured and refused) and inconclusive iterations from two
 * proposers, one of them with a hostile summary and reason, and an interrupted session with no
 * iteration.
 */
public final class LedgerFixture {

  public static final String SESSION = "20261127-090000-abcd";
  public static final String EMPTY_SESSION = "20261127-100000-ef01";
  public static final String BASE = commit('a');
  public static final String HOSTILE = "<script>alert(\"pwned\")</script> & 'quotes'";

  private LedgerFixture() {}

  /** Writes both sessions into {@code workspace}'s ledger and returns the ledger. */
  public static Ledger write(Path workspace) {
    var ledger = new Ledger(workspace);
    SessionLog log = ledger.start(new SessionRecord(SESSION, "/repo", BASE, "kaizen/" + SESSION, null, "llm",
        "make Report.render faster", config(), "2026-11-27T09:00:00.123Z", null, "running", null, 0, 0, BASE));
    String c1 = commit('1');
    String c5 = commit('5');
    var its = List.of(
        iteration(1, "llm", "gpt-4.1-mini", "Use a StringBuilder in Report.render", 12_000, 0.0213, BASE, c1, "accepted",
            List.of("better by 5.2% (95% CI +3.1% … +7.4%, 12 pairs); p = 0.0009 ≤ 0.005"), 0.052, 0.031, 0.074, 0.0009, 12, 424, 0),
        iteration(2, "llm", "gpt-4.1-mini", "Cache the formatter " + HOSTILE, 8_000, 0.015, c1, commit('2'), "rejected",
            List.of("2 tests failed: demo.ReportTest#renders " + HOSTILE, "demo.ReportTest#empty"), null, null, null, null, null, 424, 2),
        iteration(3, "heuristic", "precompile-regex", "Precompile the regex `\\s+` in Report.split", 0, 0, c1, commit('3'),
            "inconclusive", List.of("not shown to be better by at least 1.0% after 20 pairs: estimate −0.4% (95% CI −3.0% … +2.0%)"),
            -0.004, -0.03, 0.02, 0.61, 20, 424, 0),
        iteration(4, "heuristic", "string-concat-in-loop", "Use a StringBuilder for `s +=` in ReportTest", 0, 0, c1, null, "rejected",
            List.of("the patch touches a protected path: src/test/java/demo/ReportTest.java"), null, null, null, null, null, null, null),
        iteration(5, "heuristic", "precompile-regex", "Precompile the regex `,` in Report.columns", 0, 0, c1, c5, "accepted",
            List.of("better by 2.1% (95% CI +1.2% … +3.0%, 20 pairs); p = 0.004 ≤ 0.005"), 0.021, 0.012, 0.03, 0.004, 20, 424, 0));
    double baseline = 10.0;
    for (IterationRecord it : its) {
      log.append(it);
      if (it.effect() != null) {
        double candidate = baseline / (1 + it.effect());
        log.writeArtifact(it.n(), "scorecard.json", Json.pretty(scorecard(baseline, candidate, it)));
        if (it.accepted()) baseline = candidate;
      }
    }
    log.writeSession(log.session().ended("2026-11-27T09:40:00Z", "finished", "tried 5 iteration(s)", 5, 2, c5));

    ledger.start(new SessionRecord(EMPTY_SESSION, "/repo", c5, "kaizen/" + EMPTY_SESSION, null, "heuristic", "goal", Map.of(),
        "2026-11-27T10:00:00Z", "2026-11-27T10:01:00Z", "interrupted", "interrupted (Ctrl-C)", 0, 0, c5));
    return ledger;
  }

  public static String commit(char c) {
    return String.valueOf(c).repeat(40);
  }

  private static IterationRecord iteration(int n, String proposer, String source, String summary, long tokens, double usd,
      String parent, String commit, String decision, List<String> reasons, Double effect, Double low, Double high, Double p,
      Integer pairs, Integer testsRun, Integer testsFailed) {
    return new IterationRecord(SESSION + "/" + n, n, "2026-11-27T09:0" + n + ":00Z", "2026-11-27T09:0" + n + ":50Z", proposer,
        source, source + ":" + n, summary, proposer.equals("llm") ? "improve@1234abcd" : null, tokens, usd, parent, commit,
        decision, reasons.get(0), reasons, effect, low, high, p, pairs, testsRun, testsFailed);
  }

  private static Map<String, Object> scorecard(double baseline, double candidate, IterationRecord it) {
    var m = new LinkedHashMap<String, Object>();
    m.put("pairs", it.pairs());
    m.put("threshold", 0.01);
    m.put("estimate", it.effect());
    m.put("ciLow", it.ciLow());
    m.put("ciHigh", it.ciHigh());
    m.put("p", it.p());
    m.put("metrics", List.of(
        Map.of("name", "ms_per_op", "role", "target", "better", "lower", "baseline", baseline, "candidate", candidate,
            "improvement", it.effect()),
        Map.of("name", "heap_mb", "role", "guard", "better", "lower", "baseline", 64.0, "candidate", 63.5, "improvement", 0.008)));
    var samples = new ArrayList<Map<String, Object>>();
    for (int i = 0; i < it.pairs(); i++) {
      samples.add(Map.of("index", i, "order", i % 2 == 0 ? "AB" : "BA", "d", Math.log1p(it.effect()) + (i % 5 - 2) * 0.01));
    }
    m.put("samples", samples);
    return m;
  }

  private static Map<String, Object> config() {
    return Map.of("source", "kaizen.yml at aaaaaaaaaa",
        "gate", Map.of("alpha", 0.01, "min-effect", 0.01, "pairs", Map.of("min", 10, "max", 20)));
  }
}
