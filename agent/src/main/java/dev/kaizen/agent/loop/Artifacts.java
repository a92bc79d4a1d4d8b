package dev.kaizen.agent.loop;

import dev.kaizen.agent.Quantities;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.config.ProtectedPaths;
import dev.kaizen.agent.ledger.ConfigSnapshot;
import dev.kaizen.agent.ledger.LedgerCodec;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.propose.Proposal;
import dev.kaizen.evals.EvalLog;
import java.util.List;

/**
 * What a session writes to the ledger besides its records: the configuration snapshot, proposals,
 * logs.
 */
final class Artifacts {

  private Artifacts() {}

  static void writeLogs(SessionLog log, int n, List<EvalLog> logs) {
    for (int i = 0; i < logs.size(); i++) {
      EvalLog l = logs.get(i);
      String prefix = n == 0 ? "baseline-" : "";
      log.writeArtifact(
          n,
          "logs/" + prefix + (i + 1) + "-" + l.step().replaceAll("[^A-Za-z0-9._-]", "_") + ".log",
          LedgerCodec.logText(l));
    }
  }

  static String proposalText(Proposal p) {
    return "# "
        + p.summary()
        + "\n\n"
        + "- key: `"
        + p.key()
        + "`\n"
        + "- proposer: "
        + p.provenance().proposer()
        + " ("
        + p.provenance().source()
        + ")\n"
        + p.provenance().promptTemplate().map(t -> "- prompt: " + t + "\n").orElse("")
        + "- tokens: "
        + p.provenance().tokens()
        + ", cost: $"
        + p.provenance().costUsd()
        + "\n\n"
        + "## Rationale\n\n"
        + p.rationale().strip()
        + "\n\n"
        + "## Transcript\n\n"
        + p.transcript().strip()
        + "\n";
  }

  /** The settings a session ran with, its protected paths as they were in effect. */
  static ConfigSnapshot configSnapshot(KaizenConfig c, ProtectedPaths protectedPaths) {
    var evals =
        c.evals().stream()
            .map(
                e ->
                    new ConfigSnapshot.Eval(
                        e.id(),
                        e.type().id(),
                        e.command(),
                        e.metrics().stream()
                            .map(
                                mt ->
                                    new ConfigSnapshot.Metric(
                                        mt.name(), mt.better().id(), mt.role().id()))
                            .toList(),
                        e.type().keys().contains("role") ? e.benchmarkRole().id() : null))
            .toList();
    var gate =
        new ConfigSnapshot.Gate(
            c.gate().alpha(),
            c.gate().minEffect(),
            new ConfigSnapshot.Pairs(c.gate().minPairs(), c.gate().maxPairs()),
            c.gate().guardMaxRegression(),
            new ConfigSnapshot.Batch(c.gate().screenPairs(), c.gate().confirm()));
    var l = c.sandbox().limits();
    var sandbox =
        new ConfigSnapshot.Sandbox(
            c.sandbox().backend(),
            c.sandbox().image(),
            l.cpus(),
            Quantities.formatBytes(l.memoryBytes()),
            l.pids(),
            Quantities.formatDuration(l.timeout()),
            l.gpus().toString());
    var b = c.budget();
    var budget =
        new ConfigSnapshot.Budget(
            b.maxIterations(),
            Quantities.formatDuration(b.maxWall()),
            b.maxUsd(),
            b.maxTokens(),
            b.maxUsdPerIteration().isPresent() ? b.maxUsdPerIteration().getAsDouble() : null,
            b.maxTokensPerIteration().isPresent() ? b.maxTokensPerIteration().getAsLong() : null);
    return new ConfigSnapshot(
        c.source(),
        c.prepare().orElse(null),
        c.build().orElse(null),
        evals,
        gate,
        protectedPaths.globs(),
        sandbox,
        budget);
  }
}
