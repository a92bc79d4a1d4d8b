package dev.kaizen.agent.model;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Opens the {@link ModelClient} that the {@code model:} configuration describes, through the {@link
 * ModelProvider} its {@code provider} names.
 *
 * <p>The API key is read only from the environment variable named by {@code api-key-env} (or the
 * provider's default). A provider that needs a key at the base URL is refused without one
 * (Anthropic, Gemini and OpenAI's own endpoint); the others (an OpenAI-compatible server at another
 * base URL, Ollama's native API) get the key when the variable is set and go without it when it is
 * not.
 */
public final class ModelClients {

  private ModelClients() {}

  /**
   * A client with the default retries and timeouts, from the {@linkplain ModelProviders#standard()
   * standard providers}.
   *
   * @param env the environment to read the API key from (usually {@code System.getenv()})
   * @throws UsageException when the provider or base URL is not valid
   * @throws EnvironmentException when the provider needs a key and the variable is not set
   */
  public static ModelClient open(ModelConfig config, Map<String, String> env) {
    return open(config, env, ClientOptions.DEFAULT);
  }

  /** A client with the given retries, timeouts, clock and sleeper, from the standard providers. */
  public static ModelClient open(
      ModelConfig config, Map<String, String> env, ClientOptions options) {
    return open(config, env, options, ModelProviders.standard());
  }

  /** A client with the given retries, timeouts, clock and sleeper, from {@code providers}. */
  public static ModelClient open(
      ModelConfig config,
      Map<String, String> env,
      ClientOptions options,
      ModelProviders providers) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(env, "env");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(providers, "providers");
    ModelProvider provider = providers.get(config.provider());
    String baseUrl = baseUrl(provider, config.baseUrl());
    ApiKey key = ApiKey.fromEnvironment(config.apiKeyEnv(providers), env);
    if (!key.isSet() && provider.needsKey(baseUrl)) {
      throw new EnvironmentException(
          provider.name()
              + " at "
              + baseUrl
              + " needs an API key: the environment variable "
              + key.variable()
              + " is not set");
    }
    Attempt attempt =
        provider.connect(
            new Connection(
                config.name(), baseUrl, key, options.connectTimeout(), options.timeout()));
    return new RetryingModelClient(provider, config.name(), baseUrl, key, attempt, options);
  }

  /**
   * The base URL to use: the configured one, or the provider's own; an http or https URL, without
   * trailing slashes unless the provider wants one.
   */
  private static String baseUrl(ModelProvider provider, Optional<String> configured) {
    String url =
        configured.map(String::strip).filter(s -> !s.isEmpty()).orElse(provider.defaultBaseUrl());
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new UsageException("model base-url is not a URL: '" + url + "'");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new UsageException("model base-url must be an http or https URL, not '" + url + "'");
    }
    while (url.endsWith("/")) url = url.substring(0, url.length() - 1);
    return provider.normalizeBaseUrl(url);
  }
}
