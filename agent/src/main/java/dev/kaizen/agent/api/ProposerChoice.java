package dev.kaizen.agent.api;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Where a session's proposals come from: the offline engine, a model, or the recorded answers of an
 * earlier session.
 */
public sealed interface ProposerChoice {

  /** What overrides the configuration's {@code model:} and {@code budget.max-usd}. */
  ModelOverrides overrides();

  /** The offline engine: the rewrite rules, no model. */
  record Heuristic() implements ProposerChoice {
    @Override
    public ModelOverrides overrides() {
      return ModelOverrides.NONE;
    }
  }

  /** A model, as {@code model:} configures it with {@code overrides} in its place. */
  record Model(ModelOverrides overrides) implements ProposerChoice {
    public Model {
      Objects.requireNonNull(overrides, "overrides");
    }
  }

  /**
   * The model answers recorded by session {@code session} (an id or a unique prefix), served again
   * with no model.
   */
  record Replay(String session, ModelOverrides overrides) implements ProposerChoice {
    public Replay {
      Objects.requireNonNull(session, "session");
      Objects.requireNonNull(overrides, "overrides");
      if (session.isBlank())
        throw new IllegalArgumentException("the session to replay must not be blank");
    }
  }

  static ProposerChoice heuristic() {
    return new Heuristic();
  }

  /**
   * What a session's options put in place of the configuration's {@code model:} section and {@code
   * budget.max-usd}; empty parts leave the configuration as it is.
   *
   * @param provider the provider's name, instead of {@code model.provider}
   * @param model the model's name, instead of {@code model.name}
   * @param baseUrl the endpoint, instead of {@code model.base-url}
   * @param apiKeyEnv the variable holding the key (never the key), instead of {@code
   *     model.api-key-env}
   * @param maxUsd the most the session may spend on model calls, instead of {@code budget.max-usd}
   */
  record ModelOverrides(
      Optional<String> provider,
      Optional<String> model,
      Optional<String> baseUrl,
      Optional<String> apiKeyEnv,
      OptionalDouble maxUsd) {

    public static final ModelOverrides NONE =
        new ModelOverrides(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            OptionalDouble.empty());

    public ModelOverrides {
      Objects.requireNonNull(provider, "provider");
      Objects.requireNonNull(model, "model");
      Objects.requireNonNull(baseUrl, "baseUrl");
      Objects.requireNonNull(apiKeyEnv, "apiKeyEnv");
      Objects.requireNonNull(maxUsd, "maxUsd");
    }

    /** Whether a part of {@code model:} is overridden (the budget aside). */
    public boolean touchesModel() {
      return provider.isPresent()
          || model.isPresent()
          || baseUrl.isPresent()
          || apiKeyEnv.isPresent();
    }
  }
}
