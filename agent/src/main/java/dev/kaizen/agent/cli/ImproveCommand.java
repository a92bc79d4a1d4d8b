package dev.kaizen.agent.cli;

import dev.kaizen.agent.BudgetExhaustedException;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.config.BudgetConfig;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.config.ModelConfig;
import dev.kaizen.agent.heuristic.HeuristicProposer;
import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.llm.LlmProposers;
import dev.kaizen.agent.model.ClientOptions;
import dev.kaizen.agent.loop.ImproveRequest;
import dev.kaizen.agent.loop.Improver;
import dev.kaizen.agent.loop.Project;
import dev.kaizen.agent.loop.SessionResult;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.propose.ExchangeRecord;
import dev.kaizen.agent.propose.ProposerFactory;
import dev.kaizen.agent.workspace.Workspace;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen improve}: the loop. */
@Command(name = "improve", mixinStandardHelpOptions = true,
    description = {
        "Proposes changes, measures each against the best commit in the sandbox, and keeps only those the gate accepts.",
        "Accepted changes move the session branch kaizen/<session>; your working tree and current branch are never touched."})
final class ImproveCommand implements Callable<Integer> {

  /** The proposers this build offers. */
  enum ProposerName { heuristic, llm, replay }

  @ParentCommand KaizenCommand root;

  @Option(names = "--iterations", paramLabel = "N", description = "Iterations to try at most (default: budget.max-iterations).")
  Integer iterations;

  @Option(names = "--proposer", paramLabel = "NAME", defaultValue = "heuristic",
      description = "Where proposals come from: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ProposerName proposer;

  @Option(names = "--from", paramLabel = "SESSION",
      description = "With --proposer replay: the session whose recorded model answers to replay (an id or its unique prefix).")
  String from;

  @Option(names = "--provider", paramLabel = "NAME",
      description = "With --proposer llm: the model provider (openai, anthropic, gemini, ollama), instead of model.provider.")
  String provider;

  @Option(names = "--model", paramLabel = "NAME", description = "With --proposer llm: the model's name, instead of model.name.")
  String model;

  @Option(names = "--base-url", paramLabel = "URL",
      description = "With --proposer llm: the endpoint, e.g. an OpenAI-compatible server's http://localhost:8000/v1.")
  String baseUrl;

  @Option(names = "--api-key-env", paramLabel = "VAR",
      description = "With --proposer llm: the environment variable that holds the API key (never the key itself).")
  String apiKeyEnv;

  @Option(names = "--max-usd", paramLabel = "USD",
      description = "The most the session may spend on model calls, instead of budget.max-usd (0 allows no model call).")
  Double maxUsd;

  @Option(names = "--goal", paramLabel = "TEXT", description = "What to improve, in words (shown to the proposer).")
  String goal;

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
    if (maxUsd != null && !(maxUsd >= 0 && maxUsd < Double.POSITIVE_INFINITY)) {
      throw new UsageException("--max-usd must be a number of US dollars, 0 or more, not " + maxUsd);
    }
    checkProposerOptions();
    ConsoleProgress progress = root.progress();
    try (Project project = Project.open(root.repoOrCurrentDirectory(), root.workspaceDir())) {
      ProposerFactory proposers = switch (proposer) {
        case heuristic -> ProposerFactory.of(new HeuristicProposer());
        case llm -> (config, started) -> LlmProposers.open(overridden(config.model()), budget(config, progress),
            System.getenv(), started, Clock.systemUTC(), ClientOptions.DEFAULT);
        case replay -> replay(project);
      };
      var request = new ImproveRequest(root.configFile(), Optional.ofNullable(iterations),
          goal == null ? Goal.DEFAULT : new Goal(goal), Optional.ofNullable(into), batch);
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

  private void checkProposerOptions() {
    if (from != null && proposer != ProposerName.replay) throw new UsageException("--from applies to --proposer replay only");
    if (proposer == ProposerName.replay && (from == null || from.isBlank())) {
      throw new UsageException("--proposer replay needs --from SESSION: the session whose answers to replay (see 'kaizen history')");
    }
    boolean modelOption = provider != null || model != null || baseUrl != null || apiKeyEnv != null;
    if (modelOption && proposer == ProposerName.heuristic) {
      throw new UsageException("--provider, --model, --base-url and --api-key-env apply to --proposer llm (or replay), not heuristic");
    }
  }

  /** The configured model with this command's options in its place. */
  private ModelConfig overridden(ModelConfig configured) {
    ModelConfig m = configured;
    try {
      if (provider != null) m = m.withProvider(provider);
      if (model != null) m = m.withName(model);
      if (baseUrl != null) m = m.withBaseUrl(baseUrl);
      if (apiKeyEnv != null) m = m.withApiKeyEnv(apiKeyEnv);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    return m;
  }

  /** The configured budget with {@code --max-usd} in place of {@code budget.max-usd}. */
  private BudgetConfig budget(KaizenConfig config, ConsoleProgress progress) {
    BudgetConfig b = config.budget();
    if (maxUsd == null) return b;
    progress.info(String.format(Locale.ROOT, "budget.max-usd: $%.2f from --max-usd (%s says $%.2f)", maxUsd, config.source(),
        b.maxUsd()));
    return new BudgetConfig(maxUsd, b.maxTokens(), b.maxIterations(), b.maxWall(), b.maxUsdPerIteration(),
        b.maxTokensPerIteration());
  }

  /** Replays the exchanges recorded by the session {@code --from} names. */
  private ProposerFactory replay(Project project) {
    SessionLog source = project.ledger().open(from);
    List<ExchangeRecord> recorded = source.exchanges();
    if (recorded.isEmpty()) {
      throw new UsageException("session " + source.id() + " recorded no model exchanges: there is nothing to replay");
    }
    return (config, started) -> LlmProposers.replay(overridden(config.model()), budget(config, root.progress()), source.id(),
        recorded, started, Clock.systemUTC());
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
