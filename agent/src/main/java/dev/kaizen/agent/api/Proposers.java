package dev.kaizen.agent.api;

import dev.kaizen.agent.Progress;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.config.BudgetConfig;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.heuristic.HeuristicProposer;
import dev.kaizen.agent.ledger.ExchangeRecord;
import dev.kaizen.agent.ledger.Ledger;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.llm.LlmProposers;
import dev.kaizen.agent.model.ClientOptions;
import dev.kaizen.agent.model.ModelConfig;
import dev.kaizen.agent.propose.ProposerFactory;
import java.util.List;
import java.util.Locale;

/** Opens the proposer a {@link ProposerChoice} names, once a session's configuration is known. */
final class Proposers {

  private Proposers() {}

  static ProposerFactory factory(ProposerChoice choice, KaizenOptions options, Ledger ledger) {
    ProposerChoice.ModelOverrides o = choice.overrides();
    Progress progress = options.progress();
    if (choice instanceof ProposerChoice.Model) {
      return (config, started) ->
          LlmProposers.open(
              model(config.model(), o),
              budget(config, o, progress),
              options.environment(),
              started,
              options.clock(),
              ClientOptions.DEFAULT,
              options.extensions().modelProviders());
    }
    if (choice instanceof ProposerChoice.Replay replay) {
      SessionLog source = ledger.open(replay.session());
      List<ExchangeRecord> recorded = source.exchanges();
      if (recorded.isEmpty()) {
        throw new UsageException(
            "session " + source.id() + " recorded no model exchanges: there is nothing to replay");
      }
      return (config, started) ->
          LlmProposers.replay(
              model(config.model(), o),
              budget(config, o, progress),
              source.id(),
              recorded,
              started,
              options.clock());
    }
    return ProposerFactory.of(new HeuristicProposer(options.rewriteRules()));
  }

  /** The configured model with the overrides in its place. */
  private static ModelConfig model(ModelConfig configured, ProposerChoice.ModelOverrides o) {
    ModelConfig m = configured;
    try {
      if (o.provider().isPresent()) m = m.withProvider(o.provider().get());
      if (o.model().isPresent()) m = m.withName(o.model().get());
      if (o.baseUrl().isPresent()) m = m.withBaseUrl(o.baseUrl().get());
      if (o.apiKeyEnv().isPresent()) m = m.withApiKeyEnv(o.apiKeyEnv().get());
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    return m;
  }

  /** The configured budget with the override of {@code budget.max-usd}. */
  private static BudgetConfig budget(
      KaizenConfig config, ProposerChoice.ModelOverrides o, Progress progress) {
    BudgetConfig b = config.budget();
    if (o.maxUsd().isEmpty()) return b;
    double maxUsd = o.maxUsd().getAsDouble();
    progress.info(
        String.format(
            Locale.ROOT,
            "budget.max-usd: $%.2f from --max-usd (%s says $%.2f)",
            maxUsd,
            config.source(),
            b.maxUsd()));
    return new BudgetConfig(
        maxUsd,
        b.maxTokens(),
        b.maxIterations(),
        b.maxWall(),
        b.maxUsdPerIteration(),
        b.maxTokensPerIteration());
  }
}
