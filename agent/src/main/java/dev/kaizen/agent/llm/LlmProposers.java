package dev.kaizen.agent.llm;

import dev.kaizen.agent.budget.Budget;
import dev.kaizen.agent.budget.Prices;
import dev.kaizen.agent.config.BudgetConfig;
import dev.kaizen.agent.ledger.ExchangeRecord;
import dev.kaizen.agent.model.ClientOptions;
import dev.kaizen.agent.model.ModelClient;
import dev.kaizen.agent.model.ModelClients;
import dev.kaizen.agent.model.ModelConfig;
import dev.kaizen.agent.model.ModelProviders;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Opens the {@code llm} proposer of a session, or its {@code replay}. */
public final class LlmProposers {

  private LlmProposers() {}

  /**
   * The {@code llm} proposer: a client for {@code model} with its key from {@code env}, under
   * {@code budget} at the model's prices.
   *
   * @throws dev.kaizen.agent.EnvironmentException when the key's variable is not set
   * @throws dev.kaizen.agent.UsageException when the provider, base URL or price is not usable
   */
  public static LlmProposer open(
      ModelConfig model,
      BudgetConfig budget,
      Map<String, String> env,
      Instant started,
      Clock clock,
      ClientOptions options) {
    return open(model, budget, env, started, clock, options, ModelProviders.standard());
  }

  /** The {@code llm} proposer of a model at one of {@code providers}. */
  public static LlmProposer open(
      ModelConfig model,
      BudgetConfig budget,
      Map<String, String> env,
      Instant started,
      Clock clock,
      ClientOptions options,
      ModelProviders providers) {
    // an unknown price fails before the client opens
    Budget spending = Budget.forModel(budget, model, providers, clock, started);
    ModelClient client =
        ModelClients.open(model, env, options.withTimeout(model.timeout()), providers);
    return new LlmProposer("llm", client, spending, PromptTemplates.packaged(), settings(model));
  }

  /**
   * The {@code replay} proposer: the recorded answers of {@code session}, in order, with no model.
   * Tokens count against the budget as they were recorded; money does not (nothing is paid).
   */
  public static LlmProposer replay(
      ModelConfig model,
      BudgetConfig budget,
      String session,
      List<ExchangeRecord> recorded,
      Instant started,
      Clock clock) {
    return new LlmProposer(
        "replay",
        new ReplayClient(session, recorded),
        new Budget(budget, Prices.ZERO, clock, started),
        PromptTemplates.packaged(),
        settings(model));
  }

  static LlmSettings settings(ModelConfig model) {
    return new LlmSettings(
        model.maxOutputTokens(), model.temperature(), model.repairRounds(), model.contextTokens());
  }
}
