package dev.kaizen.agent.cli;

import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.config.BudgetConfig;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.heuristic.HeuristicProposer;
import dev.kaizen.agent.ledger.ExchangeRecord;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.llm.LlmProposers;
import dev.kaizen.agent.loop.Progress;
import dev.kaizen.agent.loop.Project;
import dev.kaizen.agent.model.ClientOptions;
import dev.kaizen.agent.model.ModelConfig;
import dev.kaizen.agent.model.ModelProviders;
import dev.kaizen.agent.propose.ProposerFactory;
import java.time.Clock;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Option;

/**
 * Where proposals come from, as {@code improve} and {@code session} take it: {@code --proposer},
 * a recorded session to replay, the model's options over {@code model:}, and {@code --max-usd}
 * over {@code budget.max-usd}.
 */
final class ProposerOptions {

  /** The proposers this build offers. */
  enum ProposerName { heuristic, llm, replay }

  @Option(names = "--proposer", paramLabel = "NAME", defaultValue = "heuristic",
      description = "Where proposals come from: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ProposerName proposer;

  @Option(names = "--from", paramLabel = "SESSION",
      description = "With --proposer replay: the session whose recorded model answers to replay (an id or its unique prefix).")
  String from;

  @Option(names = "--provider", paramLabel = "NAME", completionCandidates = ProviderNames.class,
      description = "With --proposer llm: the model provider (${COMPLETION-CANDIDATES}), instead of model.provider.")
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

  /** The model providers there are, for {@code --provider}'s help. */
  static final class ProviderNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return ModelProviders.standard().names().iterator();
    }
  }

  /** Refuses options that do not go together, before any work. */
  void check() {
    if (maxUsd != null && !(maxUsd >= 0 && maxUsd < Double.POSITIVE_INFINITY)) {
      throw new UsageException("--max-usd must be a number of US dollars, 0 or more, not " + maxUsd);
    }
    if (from != null && proposer != ProposerName.replay) throw new UsageException("--from applies to --proposer replay only");
    if (proposer == ProposerName.replay && (from == null || from.isBlank())) {
      throw new UsageException("--proposer replay needs --from SESSION: the session whose answers to replay (see 'kaizen history')");
    }
    boolean modelOption = provider != null || model != null || baseUrl != null || apiKeyEnv != null;
    if (modelOption && proposer == ProposerName.heuristic) {
      throw new UsageException("--provider, --model, --base-url and --api-key-env apply to --proposer llm (or replay), not heuristic");
    }
  }

  /** Opens the chosen proposer once a session's configuration is known. */
  ProposerFactory factory(Project project, Progress progress) {
    return switch (proposer) {
      case heuristic -> ProposerFactory.of(new HeuristicProposer());
      case llm -> (config, started) -> LlmProposers.open(overridden(config.model()), budget(config, progress),
          System.getenv(), started, Clock.systemUTC(), ClientOptions.DEFAULT);
      case replay -> replay(project, progress);
    };
  }

  /** The configured model with these options in its place. */
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
  private BudgetConfig budget(KaizenConfig config, Progress progress) {
    BudgetConfig b = config.budget();
    if (maxUsd == null) return b;
    progress.info(String.format(Locale.ROOT, "budget.max-usd: $%.2f from --max-usd (%s says $%.2f)", maxUsd, config.source(),
        b.maxUsd()));
    return new BudgetConfig(maxUsd, b.maxTokens(), b.maxIterations(), b.maxWall(), b.maxUsdPerIteration(),
        b.maxTokensPerIteration());
  }

  /** Replays the exchanges recorded by the session {@code --from} names. */
  private ProposerFactory replay(Project project, Progress progress) {
    SessionLog source = project.ledger().open(from);
    List<ExchangeRecord> recorded = source.exchanges();
    if (recorded.isEmpty()) {
      throw new UsageException("session " + source.id() + " recorded no model exchanges: there is nothing to replay");
    }
    return (config, started) -> LlmProposers.replay(overridden(config.model()), budget(config, progress), source.id(),
        recorded, started, Clock.systemUTC());
  }
}
