package dev.kaizen.agent.ledger;

import dev.kaizen.evals.Decision;
import dev.kaizen.evals.EvalLog;
import dev.kaizen.evals.Evidence;
import dev.kaizen.evals.Measurement;
import dev.kaizen.evals.MetricComparison;
import dev.kaizen.evals.PairSample;
import dev.kaizen.evals.Steadiness;
import dev.kaizen.evals.TestFailure;
import dev.kaizen.evals.TestReport;
import dev.kaizen.evals.TreeCheck;
import dev.kaizen.sandbox.ExecResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Plain-data views of the evals' results, as they are written to the ledger and printed with
 * {@code --json}. Field names here are part of the ledger's and the CLI's contract.
 */
public final class Views {

  private Views() {}

  /** {@code decision.json}, and the decision part of {@code gate --json}. */
  public static Map<String, Object> decision(Decision d) {
    var m = new LinkedHashMap<String, Object>();
    m.put("decision", d.kind());
    m.put("reason", d.reason());
    m.put("reasons", d.reasons());
    d.evidence().ifPresent(e -> m.putAll(evidence(e)));
    d.candidateTests().ifPresent(t -> m.put("candidateTests", tests(t)));
    return m;
  }

  /** The numbers of a performance comparison. */
  public static Map<String, Object> evidence(Evidence e) {
    var m = new LinkedHashMap<String, Object>();
    m.put("pairs", e.pairs());
    m.put("threshold", e.threshold());
    m.put("thresholdSource", e.thresholdSource());
    m.put("estimate", finite(e.estimate()));
    m.put("ciLow", finite(e.ciLow()));
    m.put("ciHigh", finite(e.ciHigh()));
    m.put("confidence", finite(e.confidence()));
    m.put("p", finite(e.pValue()));
    var metrics = new ArrayList<Map<String, Object>>();
    for (MetricComparison c : e.metrics()) {
      var mc = new LinkedHashMap<String, Object>();
      mc.put("name", c.name());
      mc.put("role", c.role().id());
      mc.put("better", c.better().id());
      mc.put("baseline", c.baselineMedian());
      mc.put("candidate", c.candidateMedian());
      mc.put("improvement", c.improvement());
      mc.put("ciLow", finite(c.ciLow()));
      mc.put("ciHigh", finite(c.ciHigh()));
      mc.put("p", finite(c.p()));
      metrics.add(mc);
    }
    m.put("metrics", metrics);
    m.put("steady", e.steady());
    var steadiness = new ArrayList<Map<String, Object>>();
    for (Steadiness s : e.steadiness()) {
      var sm = new LinkedHashMap<String, Object>();
      sm.put("metric", s.metric());
      sm.put("side", s.side());
      sm.put("drift", finite(s.drift()));
      sm.put("p", finite(s.pValue()));
      sm.put("steady", s.steady());
      steadiness.add(sm);
    }
    m.put("steadiness", steadiness);
    return m;
  }

  /** A number as JSON can hold it: NaN and infinities (no usable pairs) become null. */
  public static Double finite(double v) {
    return Double.isFinite(v) ? v : null;
  }

  /** Every pair measured, for {@code scorecard.json}. */
  public static List<Map<String, Object>> samples(List<PairSample> samples) {
    var out = new ArrayList<Map<String, Object>>();
    for (PairSample s : samples) {
      var m = new LinkedHashMap<String, Object>();
      m.put("index", s.index());
      m.put("order", s.baselineFirst() ? "AB" : "BA");
      m.put("baseline", measurement(s.baseline()));
      m.put("candidate", measurement(s.candidate()));
      if (!Double.isNaN(s.d())) m.put("d", s.d());
      out.add(m);
    }
    return out;
  }

  /** One run of the metric evals on one tree. */
  public static Map<String, Object> measurement(Measurement m) {
    var out = new LinkedHashMap<String, Object>();
    out.put("metrics", new java.util.TreeMap<>(m.metrics()));
    if (!m.replicates().isEmpty()) out.put("forks", new java.util.TreeMap<>(m.replicates()));
    out.put("wallMs", m.wall().toMillis());
    m.peakMemoryBytes().ifPresent(b -> out.put("peakMemoryBytes", b));
    m.problem().ifPresent(p -> out.put("problem", p));
    out.put("runs", runs(m.logs()));
    return out;
  }

  /** A tree's test results. */
  public static Map<String, Object> tests(TestReport t) {
    var m = new LinkedHashMap<String, Object>();
    m.put("run", t.run());
    m.put("failures", t.failures());
    m.put("errors", t.errors());
    m.put("skipped", t.skipped());
    var failed = new ArrayList<Map<String, Object>>();
    for (TestFailure f : t.failed()) failed.add(Map.of("test", f.testId(), "message", f.message()));
    m.put("failed", failed);
    return m;
  }

  /** A tree's build and tests. */
  public static Map<String, Object> check(TreeCheck c) {
    var m = new LinkedHashMap<String, Object>();
    m.put("ok", c.ok());
    c.problem().ifPresent(p -> m.put("problem", p));
    m.put("tests", tests(c.tests()));
    m.put("runs", runs(c.logs()));
    return m;
  }

  /** Each command's wall time and peak memory, as the sandbox measured them. */
  public static List<Map<String, Object>> runs(List<EvalLog> logs) {
    var out = new ArrayList<Map<String, Object>>();
    for (EvalLog l : logs) {
      var m = new LinkedHashMap<String, Object>();
      m.put("step", l.step());
      m.put("exitCode", l.result().exitCode());
      m.put("wallMs", l.result().elapsed().toMillis());
      l.result().peakMemoryBytes().ifPresent(b -> m.put("peakMemoryBytes", b));
      if (l.result().timedOut()) m.put("timedOut", true);
      if (l.result().oomKilled()) m.put("oomKilled", true);
      out.add(m);
    }
    return out;
  }

  /** One command's sandbox log, as a text file. */
  public static String log(EvalLog log) {
    ExecResult r = log.result();
    return "# " + log.step() + ": " + log.command() + "\n"
        + "# " + r.summary() + (r.truncated() ? " (output truncated: the tail is kept)" : "") + "\n"
        + "\n## stdout\n" + r.stdout() + (r.stdout().endsWith("\n") || r.stdout().isEmpty() ? "" : "\n")
        + "\n## stderr\n" + r.stderr() + (r.stderr().endsWith("\n") || r.stderr().isEmpty() ? "" : "\n");
  }
}
