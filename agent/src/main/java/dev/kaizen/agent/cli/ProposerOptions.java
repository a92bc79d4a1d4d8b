package dev.kaizen.agent.cli;

import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.api.ProposerChoice;
import dev.kaizen.agent.model.ModelProviders;
import java.util.Iterator;
import java.util.Optional;
import java.util.OptionalDouble;
import picocli.CommandLine.Option;

/**
 * Where proposals come from, as {@code improve} and {@code session} take it: {@code --proposer}, a
 * recorded session to replay, the model's options over {@code model:}, and {@code --max-usd} over
 * {@code budget.max-usd}.
 */
final class ProposerOptions {

  /** The proposers this build offers. */
  enum ProposerName {
    heuristic,
    llm,
    replay
  }

  @Option(
      names = "--proposer",
      paramLabel = "NAME",
      defaultValue = "heuristic",
      description =
          "Where proposals come from: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ProposerName proposer;

  @Option(
      names = "--from",
      paramLabel = "SESSION",
      description =
          "With --proposer replay: the session whose recorded model answers to replay (an id or its unique prefix).")
  String from;

  @Option(
      names = "--provider",
      paramLabel = "NAME",
      completionCandidates = ProviderNames.class,
      description =
          "With --proposer llm: the model provider (${COMPLETION-CANDIDATES}), instead of model.provider.")
  String provider;

  @Option(
      names = "--model",
      paramLabel = "NAME",
      description = "With --proposer llm: the model's name, instead of model.name.")
  String model;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description =
          "With --proposer llm: the endpoint, e.g. an OpenAI-compatible server's http://localhost:8000/v1.")
  String baseUrl;

  @Option(
      names = "--api-key-env",
      paramLabel = "VAR",
      description =
          "With --proposer llm: the environment variable that holds the API key (never the key itself).")
  String apiKeyEnv;

  @Option(
      names = "--max-usd",
      paramLabel = "USD",
      description =
          "The most the session may spend on model calls, instead of budget.max-usd (0 allows no model call).")
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
      throw new UsageException(
          "--max-usd must be a number of US dollars, 0 or more, not " + maxUsd);
    }
    if (from != null && proposer != ProposerName.replay)
      throw new UsageException("--from applies to --proposer replay only");
    if (proposer == ProposerName.replay && (from == null || from.isBlank())) {
      throw new UsageException(
          "--proposer replay needs --from SESSION: the session whose answers to replay (see 'kaizen history')");
    }
    boolean modelOption = provider != null || model != null || baseUrl != null || apiKeyEnv != null;
    if (modelOption && proposer == ProposerName.heuristic) {
      throw new UsageException(
          "--provider, --model, --base-url and --api-key-env apply to --proposer llm (or replay), not heuristic");
    }
  }

  /**
   * The proposer these options choose, with their overrides of {@code model:} and {@code
   * budget.max-usd}.
   */
  ProposerChoice choice() {
    var overrides =
        new ProposerChoice.ModelOverrides(
            Optional.ofNullable(provider),
            Optional.ofNullable(model),
            Optional.ofNullable(baseUrl),
            Optional.ofNullable(apiKeyEnv),
            maxUsd == null ? OptionalDouble.empty() : OptionalDouble.of(maxUsd));
    return switch (proposer) {
      case heuristic -> new ProposerChoice.Heuristic();
      case llm -> new ProposerChoice.Model(overrides);
      case replay -> new ProposerChoice.Replay(from, overrides);
    };
  }
}
