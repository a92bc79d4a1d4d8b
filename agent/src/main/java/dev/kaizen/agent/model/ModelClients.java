package dev.kaizen.agent.model;

import dev.kaizen.agent.EnvironmentException;
import java.util.Map;
import java.util.Objects;

/**
 * Opens the {@link ModelClient} that the {@code model:} configuration describes.
 *
 * <p>The API key is read only from the environment variable named by {@code api-key-env}.
 * Anthropic, Gemini and OpenAI's own endpoint cannot work without one; an OpenAI-compatible server
 * at another base URL (vLLM, llama.cpp, LM Studio, Ollama's {@code /v1}) and Ollama's native API
 * get the key when the variable is set and go without it when it is not.
 */
public final class ModelClients {

  private ModelClients() {}

  /**
   * A client with the default retries and timeouts.
   *
   * @param env the environment to read the API key from (usually {@code System.getenv()})
   * @throws dev.kaizen.agent.UsageException when the provider or base URL is not valid
   * @throws EnvironmentException when the provider needs a key and the variable is not set
   */
  public static ModelClient open(ModelConfig config, Map<String, String> env) {
    return open(config, env, ClientOptions.DEFAULT);
  }

  /** A client with the given retries, timeouts, clock and sleeper. */
  public static ModelClient open(ModelConfig config, Map<String, String> env, ClientOptions options) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(env, "env");
    Objects.requireNonNull(options, "options");
    Provider provider = Provider.of(config.provider());
    String baseUrl = provider.baseUrl(config.baseUrl());
    ApiKey key = ApiKey.fromEnvironment(config.apiKeyEnv(), env);
    if (!key.isSet() && provider.needsKey(baseUrl)) {
      throw new EnvironmentException(provider.id() + " at " + baseUrl + " needs an API key: the environment variable "
          + key.variable() + " is not set");
    }
    WireClientBuilder http = new WireClientBuilder(options.connectTimeout(), options.timeout(), key);
    Attempt attempt = new LangChainAttempt(ChatModels.build(provider, config.name(), baseUrl, key, http, options.timeout()));
    return new RetryingModelClient(provider, config.name(), baseUrl, key, attempt, options);
  }
}
