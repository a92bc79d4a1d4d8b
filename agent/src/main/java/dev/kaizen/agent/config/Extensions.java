package dev.kaizen.agent.config;

import dev.kaizen.agent.model.ModelProviders;
import dev.kaizen.evals.EvalType;
import dev.kaizen.evals.types.EvalTypes;
import java.util.Objects;

/**
 * The extension registries a configuration is read against: which eval types an eval may name and
 * which model providers {@code model.provider} may name. {@link #standard()} holds what Kaizen
 * ships; a test or an embedding adds its own with {@code with(...)}.
 *
 * @param evalTypes the eval types
 * @param modelProviders the model providers
 */
public record Extensions(EvalTypes evalTypes, ModelProviders modelProviders) {

  public Extensions {
    Objects.requireNonNull(evalTypes, "evalTypes");
    Objects.requireNonNull(modelProviders, "modelProviders");
  }

  /** What Kaizen ships. */
  public static Extensions standard() {
    return new Extensions(EvalTypes.standard(), ModelProviders.standard());
  }

  /** These extensions and one more eval type. */
  public Extensions with(EvalType type) {
    return new Extensions(evalTypes.with(type), modelProviders);
  }

  /** These extensions and one more model provider. */
  public Extensions with(dev.kaizen.agent.model.ModelProvider provider) {
    return new Extensions(evalTypes, modelProviders.with(provider));
  }
}
