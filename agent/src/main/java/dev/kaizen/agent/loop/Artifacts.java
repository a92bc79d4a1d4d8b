package dev.kaizen.agent.loop;

import dev.kaizen.agent.Quantities;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.ledger.Views;
import dev.kaizen.agent.propose.Proposal;
import dev.kaizen.evals.Decision;
import dev.kaizen.evals.EvalLog;
import dev.kaizen.evals.TreeCheck;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a session writes to the ledger besides its records: the configuration, proposals, logs, scorecards. */
final class Artifacts {

  private Artifacts() {}

  static Map<String, Object> scorecard(TreeCheck baseline, TreeCheck candidate, Decision decision) {
    var m = new LinkedHashMap<String, Object>();
    m.put("baseline", Views.check(baseline));
    m.put("candidate", Views.check(candidate));
    decision.evidence().ifPresent(e -> {
      m.putAll(Views.evidence(e));
      m.put("samples", Views.samples(e.samples()));
    });
    return m;
  }

  static void writeLogs(SessionLog log, int n, List<EvalLog> logs) {
    for (int i = 0; i < logs.size(); i++) {
      EvalLog l = logs.get(i);
      String prefix = n == 0 ? "baseline-" : "";
      log.writeArtifact(n, "logs/" + prefix + (i + 1) + "-" + l.step().replaceAll("[^A-Za-z0-9._-]", "_") + ".log", Views.log(l));
    }
  }

  static String proposalText(Proposal p) {
    return "# " + p.summary() + "\n\n"
        + "- key: `" + p.key() + "`\n"
        + "- proposer: " + p.provenance().proposer() + " (" + p.provenance().source() + ")\n"
        + p.provenance().promptTemplate().map(t -> "- prompt: " + t + "\n").orElse("")
        + "- tokens: " + p.provenance().tokens() + ", cost: $" + p.provenance().costUsd() + "\n\n"
        + "## Rationale\n\n" + p.rationale().strip() + "\n\n"
        + "## Transcript\n\n" + p.transcript().strip() + "\n";
  }

  static Map<String, Object> configSnapshot(KaizenConfig c) {
    var m = new LinkedHashMap<String, Object>();
    m.put("source", c.source());
    c.prepare().ifPresent(v -> m.put("prepare", v));
    c.build().ifPresent(v -> m.put("build", v));
    var evals = new ArrayList<Map<String, Object>>();
    c.evals().forEach(e -> {
      var em = new LinkedHashMap<String, Object>();
      em.put("id", e.id());
      em.put("type", e.type().id());
      em.put("command", e.command());
      var metrics = new ArrayList<Map<String, Object>>();
      e.metrics().forEach(mt -> metrics.add(Map.of("name", mt.name(), "better", mt.better().id(), "role", mt.role().id())));
      if (!metrics.isEmpty()) em.put("metrics", metrics);
      if (e.type().keys().contains("role")) em.put("role", e.benchmarkRole().id());
      evals.add(em);
    });
    m.put("evals", evals);
    m.put("gate", Map.of("alpha", c.gate().alpha(), "min-effect", c.gate().minEffect(),
        "pairs", Map.of("min", c.gate().minPairs(), "max", c.gate().maxPairs()),
        "guard-max-regression", c.gate().guardMaxRegression(),
        "batch", Map.of("screen-pairs", c.gate().screenPairs(), "confirm", c.gate().confirm())));
    m.put("protected", c.protectedPaths());
    var l = c.sandbox().limits();
    m.put("sandbox", Map.of("backend", c.sandbox().backend(), "image", c.sandbox().image(), "cpus", l.cpus(),
        "memory", Quantities.formatBytes(l.memoryBytes()), "pids", l.pids(), "timeout", Quantities.formatDuration(l.timeout()),
        "gpus", l.gpus().toString()));
    var budget = new LinkedHashMap<String, Object>();
    budget.put("max-iterations", c.budget().maxIterations());
    budget.put("max-wall", Quantities.formatDuration(c.budget().maxWall()));
    budget.put("max-usd", c.budget().maxUsd());
    budget.put("max-tokens", c.budget().maxTokens());
    c.budget().maxUsdPerIteration().ifPresent(v -> budget.put("max-usd-per-iteration", v));
    c.budget().maxTokensPerIteration().ifPresent(v -> budget.put("max-tokens-per-iteration", v));
    m.put("budget", budget);
    return m;
  }
}
