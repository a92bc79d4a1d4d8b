package dev.kaizen.agent.cli;

import dev.kaizen.agent.Quantities;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.ledger.BaselineChecks;
import dev.kaizen.agent.ledger.CheckRecord;
import dev.kaizen.agent.ledger.MeasurementRecord;
import dev.kaizen.agent.loop.Project;
import dev.kaizen.agent.loop.Trees;
import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.evals.EvalLog;
import dev.kaizen.evals.EvalSuite;
import dev.kaizen.evals.Measurement;
import dev.kaizen.evals.MetricSpec;
import dev.kaizen.evals.TestFailure;
import dev.kaizen.evals.TreeCheck;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Sandbox;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen eval}: the scorecard of one revision. */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = "Builds a revision in the sandbox, runs its tests and metric evals once, and prints the scorecard.")
final class EvalCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Option(names = "--rev", paramLabel = "REV", defaultValue = "HEAD", description = "The revision to evaluate (default: ${DEFAULT-VALUE}).")
  String rev;

  @Override
  public Integer call() {
    ConsoleProgress progress = root.progress();
    try (Project project = Project.open(root.repoOrCurrentDirectory(), root.workspaceDir())) {
      String commit = project.workspace().resolve(rev);
      try (Trees trees = project.trees("eval")) {
        Path tree = trees.export(commit, "tree");
        KaizenConfig config = project.config(commit, tree, root.configFile());
        if (config.evals().isEmpty()) {
          throw new dev.kaizen.agent.UsageException("no evals are configured (" + config.source() + "): 'kaizen init' writes a kaizen.yml");
        }
        project.prepare(config, commit, tree, progress);
        try (Sandbox sandbox = Project.openSandbox(config, progress)) {
          var suite = new EvalSuite(config.suite(), sandbox, config.sandbox().limits());
          progress.step("building and testing " + Workspace.abbreviate(commit) + " in the " + sandbox.backend() + " sandbox");
          TreeCheck check = suite.check(tree);
          if (check.ok()) new BaselineChecks(project.workspaceDir()).store(commit, config.suiteHash(), check.tests());
          Measurement measurement = null;
          if (check.ok() && !suite.spec().metricEvals().isEmpty()) {
            progress.step("running the metric evals");
            measurement = suite.measure(tree);
          }
          if (root.json) {
            root.out.print(Json.pretty(new EvalJson(rev, commit, config.source(), sandbox.backend(), CheckRecord.of(check),
                measurement == null ? null : MeasurementRecord.of(measurement))));
          } else {
            print(commit, config, check, measurement);
          }
          return Main.OK;
        }
      }
    }
  }

  private void print(String commit, KaizenConfig config, TreeCheck check, Measurement m) {
    var out = root.out;
    out.println("scorecard of " + Workspace.abbreviate(commit) + " (" + rev + "), configuration: " + config.source());
    var t = check.tests();
    out.printf(Locale.ROOT, "  tests     %d run, %d failed, %d errors, %d skipped%n", t.run(), t.failures(), t.errors(), t.skipped());
    for (TestFailure f : t.failed()) out.println("    failed  " + f.testId() + ": " + f.message());
    check.problem().ifPresent(p -> out.println("  problem   " + p));
    if (m != null) {
      if (m.problem().isPresent()) {
        out.println("  metrics   " + m.problem().get());
      } else {
        int width = Math.max(9, m.specs().stream().mapToInt(s -> s.name().length()).max().orElse(0));
        for (MetricSpec spec : m.specs()) {
          out.printf(Locale.ROOT, "  %-" + width + "s %.6g  (%s is better, %s%s)%n", spec.name(), m.metrics().get(spec.name()),
              spec.better().id(), spec.role().id(), forks(m, spec.name()));
        }
      }
    }
    out.printf(Locale.ROOT, "  %-20s %10s %12s  %s%n", "run", "wall", "peak memory", "result");
    var logs = new java.util.ArrayList<>(check.logs());
    if (m != null) logs.addAll(m.logs());
    for (EvalLog log : logs) {
      ExecResult r = log.result();
      out.printf(Locale.ROOT, "  %-20s %8d ms %12s  %s%n", log.step(), r.elapsed().toMillis(),
          r.peakMemoryBytes().isPresent() ? Quantities.formatBytes(r.peakMemoryBytes().getAsLong()) : "n/a",
          r.succeeded() ? "ok" : r.summary());
    }
  }

  private static String forks(Measurement m, String metric) {
    var forks = m.replicates().get(metric);
    return forks == null ? "" : ", median of " + forks.size() + (forks.size() == 1 ? " fork" : " forks");
  }
}
