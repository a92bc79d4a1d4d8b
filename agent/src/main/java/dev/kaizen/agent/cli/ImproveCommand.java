package dev.kaizen.agent.cli;

import dev.kaizen.agent.BudgetExhaustedException;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.loop.ImproveRequest;
import dev.kaizen.agent.loop.Improver;
import dev.kaizen.agent.loop.Project;
import dev.kaizen.agent.loop.SessionResult;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.propose.ProposerFactory;
import dev.kaizen.agent.workspace.Workspace;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen improve}: the loop. */
@Command(name = "improve", mixinStandardHelpOptions = true,
    description = {
        "Proposes changes, measures each against the best commit in the sandbox, and keeps only those the gate accepts.",
        "Accepted changes move the session branch kaizen/<session>; your working tree and current branch are never touched."})
final class ImproveCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Option(names = "--iterations", paramLabel = "N", description = "Iterations to try at most (default: budget.max-iterations).")
  Integer iterations;

  @Mixin ProposerOptions proposerOptions;

  @Option(names = "--goal", paramLabel = "TEXT", description = "What to improve, in words (shown to the proposer).")
  String goal;

  @Option(names = "--propose-only",
      description = {"Only propose: each change is committed on its candidate branch, and nothing is built, run or measured",
          "(no sandbox). 'improve --proposer replay --from SESSION' measures the proposals later, elsewhere (a job without the key)."})
  boolean proposeOnly;

  @Option(names = "--batch", paramLabel = "N", defaultValue = "1",
      description = {"Candidates proposed and judged together per round (default: ${DEFAULT-VALUE}). With more than gate.batch.confirm,",
          "cheap screening pairs choose which are confirmed on fresh pairs; Benjamini-Hochberg adjusts across them."})
  int batch;

  @Option(names = "--into", paramLabel = "BRANCH",
      description = "Also fast-forward BRANCH to the best commit at the end (never a checked-out branch with uncommitted changes).")
  String into;

  @Override
  public Integer call() {
    if (iterations != null && iterations < 1) throw new dev.kaizen.agent.UsageException("--iterations must be at least 1");
    if (goal != null && goal.isBlank()) throw new dev.kaizen.agent.UsageException("--goal must not be blank");
    if (batch < 1) throw new dev.kaizen.agent.UsageException("--batch must be at least 1, not " + batch);
    if (proposeOnly && into != null) {
      throw new dev.kaizen.agent.UsageException("--into has nothing to fast-forward with --propose-only: nothing is measured or accepted");
    }
    proposerOptions.check();
    ConsoleProgress progress = root.progress();
    try (Project project = Project.open(root.repoOrCurrentDirectory(), root.workspaceDir())) {
      ProposerFactory proposers = proposerOptions.factory(project, progress);
      var request = new ImproveRequest(root.configFile(), Optional.ofNullable(iterations),
          goal == null ? Goal.DEFAULT : new Goal(goal), Optional.ofNullable(into), batch, proposeOnly);
      SessionResult result = new Improver(project, proposers, progress, Clock.systemUTC()).run(request);
      if (root.json) {
        root.out.print(Json.pretty(json(result)));
      } else {
        print(result);
      }
      if (result.budgetExhausted()) throw new BudgetExhaustedException(result.stopReason() + "; the ledger holds every iteration");
      return Main.OK;
    }
  }

  private static Map<String, Object> json(SessionResult r) {
    var m = new LinkedHashMap<String, Object>();
    m.put("session", r.session());
    m.put("branch", r.branch());
    m.put("base", r.base());
    m.put("best", r.best());
    m.put("tried", r.tried());
    m.put("accepted", r.accepted());
    m.put("stopReason", r.stopReason());
    m.put("tokens", r.iterations().stream().mapToLong(IterationRecord::tokens).sum());
    m.put("costUsd", r.iterations().stream().mapToDouble(IterationRecord::costUsd).sum());
    var its = new ArrayList<Map<String, Object>>();
    for (IterationRecord i : r.iterations()) {
      var im = new LinkedHashMap<String, Object>();
      im.put("id", i.id());
      im.put("proposer", i.proposer());
      im.put("source", i.source());
      im.put("summary", i.summary());
      im.put("decision", i.decision());
      im.put("reason", i.reason());
      im.put("commit", i.commit());
      im.put("effect", i.effect());
      im.put("ciLow", i.ciLow());
      im.put("ciHigh", i.ciHigh());
      im.put("p", i.p());
      im.put("pairs", i.pairs());
      its.add(im);
    }
    m.put("iterations", its);
    return m;
  }

  private void print(SessionResult r) {
    var out = root.out;
    out.println();
    out.println("session " + r.session() + " (branch " + r.branch() + ")");
    if (r.iterations().isEmpty()) {
      out.println("  " + r.stopReason());
    } else {
      out.printf(Locale.ROOT, "  %-4s %-13s %8s %9s  %s%n", "#", "decision", "effect", "p", "what");
      for (IterationRecord i : r.iterations()) {
        out.printf(Locale.ROOT, "  %-4d %-13s %8s %9s  %s%n", i.n(), i.decision(),
            i.effect() == null ? "-" : String.format(Locale.ROOT, "%+.1f%%", 100 * i.effect()),
            i.p() == null ? "-" : String.format(Locale.ROOT, "%.2g", i.p()), i.summary());
        out.println("       " + i.reason());
      }
    }
    out.println("tried " + r.tried() + ", accepted " + r.accepted() + "; " + r.stopReason());
    long tokens = r.iterations().stream().mapToLong(IterationRecord::tokens).sum();
    if (tokens > 0) {
      out.printf(Locale.ROOT, "model: %d tokens, $%.4f (every exchange is in the session's exchanges.jsonl)%n", tokens,
          r.iterations().stream().mapToDouble(IterationRecord::costUsd).sum());
    }
    if (r.best().equals(r.base())) {
      out.println("best is still the base " + Workspace.abbreviate(r.base()));
    } else {
      out.println("best " + Workspace.abbreviate(r.best()) + " on " + r.branch() + " (from " + Workspace.abbreviate(r.base())
          + "); see it with: git log --stat " + Workspace.abbreviate(r.base()) + ".." + r.branch());
    }
  }
}
