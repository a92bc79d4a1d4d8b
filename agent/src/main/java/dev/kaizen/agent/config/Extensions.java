package dev.kaizen.agent.config;

import dev.kaizen.agent.model.ModelProvider;
import dev.kaizen.agent.model.ModelProviders;
import dev.kaizen.evals.EvalType;
import dev.kaizen.evals.types.EvalTypes;
import dev.kaizen.sandbox.SandboxBackend;
import dev.kaizen.sandbox.backends.SandboxBackends;
import java.util.Objects;

/**
 * The extension registries a configuration is read against and a project works with: which eval
 * types an eval may name, which model providers {@code model.provider} may name, and which sandbox
 * backends {@code sandbox.backend} may name. {@link #standard()} holds what Kaizen ships; a test or
 * an embedding adds its own with {@code with(...)}.
 *
 * @param evalTypes the eval types
 * @param modelProviders the model providers
 * @param sandboxBackends the sandbox backends
 */
public record Extensions(
    EvalTypes evalTypes, ModelProviders modelProviders, SandboxBackends sandboxBackends) {

  public Extensions {
    Objects.requireNonNull(evalTypes, "evalTypes");
    Objects.requireNonNull(modelProviders, "modelProviders");
    Objects.requireNonNull(sandboxBackends, "sandboxBackends");
  }

  /** What Kaizen ships. */
  public static Extensions standard() {
    return new Extensions(
        EvalTypes.standard(), ModelProviders.standard(), SandboxBackends.standard());
  }

  /** These extensions and one more eval type. */
  public Extensions with(EvalType type) {
    return new Extensions(evalTypes.with(type), modelProviders, sandboxBackends);
  }

  /** These extensions and one more model provider. */
  public Extensions with(ModelProvider provider) {
    return new Extensions(evalTypes, modelProviders.with(provider), sandboxBackends);
  }

  /**
   * These extensions and one more sandbox backend (or another in place of one of the same name).
   */
  public Extensions with(SandboxBackend backend) {
    return new Extensions(evalTypes, modelProviders, sandboxBackends.with(backend));
  }
}
