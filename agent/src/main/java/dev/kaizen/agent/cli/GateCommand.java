package dev.kaizen.agent.cli;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.calibrate.Calibrations;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.ledger.DecisionRecord;
import dev.kaizen.agent.ledger.PairRecord;
import dev.kaizen.agent.loop.Project;
import dev.kaizen.agent.loop.Trees;
import dev.kaizen.agent.trust.JudgedFiles;
import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.evals.Decision;
import dev.kaizen.evals.EvalSuite;
import dev.kaizen.evals.Evidence;
import dev.kaizen.evals.Gate;
import dev.kaizen.evals.MetricComparison;
import dev.kaizen.evals.TreeCheck;
import dev.kaizen.sandbox.Sandbox;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.random.RandomGeneratorFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen gate}: an interleaved A/B of two revisions and the gate's decision. */
@Command(name = "gate", mixinStandardHelpOptions = true,
    description = {
        "Builds and tests both revisions in the sandbox, measures them in interleaved pairs, and prints the gate's decision",
        "with its numbers. Evals, gate settings and protected paths come from the base revision (the candidate never judges",
        "itself): a candidate that touches a protected path, or edits or deletes a baseline test or benchmark, is rejected",
        "before anything runs."})
final class GateCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Option(names = "--base", paramLabel = "REV", required = true, description = "The trusted baseline revision.")
  String base;

  @Option(names = "--candidate", paramLabel = "REV", required = true, description = "The revision to judge.")
  String candidate;

  @Override
  public Integer call() {
    ConsoleProgress progress = root.progress();
    try (Project project = Project.open(root.repoOrCurrentDirectory(), root.workspaceDir())) {
      String baseCommit = project.workspace().resolve(base);
      String candidateCommit = project.workspace().resolve(candidate);
      try (Trees trees = project.trees("gate")) {
        Path baseTree = trees.export(baseCommit, "base");
        KaizenConfig config = project.config(baseCommit, baseTree, root.configFile());
        if (config.evals().isEmpty()) {
          throw new UsageException("no evals are configured (" + config.source() + "): 'kaizen init' writes a kaizen.yml");
        }
        List<String> refused = new JudgedFiles(config.protectedGlobs()).violations("the candidate",
            project.workspace().changedPaths(baseCommit, candidateCommit),
            path -> project.workspace().readFile(baseCommit, path));
        if (!refused.isEmpty()) {
          return report(baseCommit, candidateCommit, config, "none",
              new Decision.Rejected(refused, Optional.empty(), Optional.empty()));
        }
        Path candidateTree = trees.export(candidateCommit, "candidate");
        project.prepare(config, baseCommit, baseTree, progress);
        try (Sandbox sandbox = Project.openSandbox(config, progress)) {
          var suite = new EvalSuite(config.suite(), sandbox, config.sandbox().limits());
          TreeCheck baseCheck = project.checkBaseline(suite, config, baseCommit, baseTree, progress);
          if (!baseCheck.ok()) throw new EnvironmentException("the baseline itself fails: " + baseCheck.problem().get());
          progress.step("building and testing the candidate " + Workspace.abbreviate(candidateCommit));
          TreeCheck candidateCheck = suite.check(candidateTree);
          var random = RandomGeneratorFactory.of("L64X128MixRandom").create((baseCommit + candidateCommit).hashCode());
          Gate gate = new Gate(config.gate(), suite, random, progress)
              .withNoiseFloor(Calibrations.noiseFloor(project.workspaceDir(), config));
          Decision decision = gate.decide(baseTree, baseCheck, candidateTree, candidateCheck);
          return report(baseCommit, candidateCommit, config, sandbox.backend(), decision);
        }
      }
    }
  }

  private int report(String baseCommit, String candidateCommit, KaizenConfig config, String sandbox, Decision decision) {
    if (root.json) {
      List<PairRecord> samples = decision.evidence().map(e -> e.samples().stream().map(PairRecord::of).toList()).orElse(null);
      root.out.print(Json.pretty(new GateJson(baseCommit, candidateCommit, config.source(), sandbox, DecisionRecord.of(decision),
          samples)));
    } else {
      print(baseCommit, candidateCommit, decision);
    }
    return Main.OK;
  }

  private void print(String baseCommit, String candidateCommit, Decision d) {
    var out = root.out;
    out.println(d.kind().toUpperCase(Locale.ROOT) + ": " + Workspace.abbreviate(candidateCommit) + " against " + Workspace.abbreviate(baseCommit));
    for (String r : d.reasons()) out.println("  " + r);
    d.evidence().ifPresent(e -> printEvidence(out, e));
  }

  static void printEvidence(java.io.PrintStream out, Evidence e) {
    out.printf(Locale.ROOT, "  effect %+.1f%% (%.0f%% CI %+.1f%% … %+.1f%%), p = %.2g, %d pairs, threshold %.1f%% (%s)%n",
        100 * e.estimate(), 100 * e.confidence(), 100 * e.ciLow(), 100 * e.ciHigh(), e.pValue(), e.pairs(), 100 * e.threshold(),
        e.thresholdSource());
    int width = Math.max(20, e.metrics().stream().mapToInt(c -> c.name().length()).max().orElse(0));
    out.printf(Locale.ROOT, "  %-" + width + "s %-7s %14s %14s %9s%n", "metric", "role", "baseline", "candidate", "change");
    for (MetricComparison c : e.metrics()) {
      out.printf(Locale.ROOT, "  %-" + width + "s %-7s %14.6g %14.6g %+8.1f%%%n", c.name(), c.role().id(), c.baselineMedian(),
          c.candidateMedian(), 100 * c.improvement());
    }
  }
}
