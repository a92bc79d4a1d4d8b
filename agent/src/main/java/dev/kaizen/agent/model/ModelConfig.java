package dev.kaizen.agent.model;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code model:} section: which model the {@code llm} proposer asks, and how.
 *
 * @param provider the name of a registered {@link ModelProvider} ({@code openai}, {@code
 *     anthropic}, {@code gemini} or {@code ollama} among the {@linkplain ModelProviders#standard()
 *     standard} ones)
 * @param name the model's name at that provider
 * @param baseUrl another endpoint speaking the provider's protocol
 * @param configuredApiKeyEnv the environment variable holding the key, when one was named; empty
 *     means the provider's default ({@link #apiKeyEnv()})
 * @param timeout how long to wait for one whole answer
 * @param maxOutputTokens the most tokens one answer may have
 * @param temperature sampling temperature, 0 to 2
 * @param repairRounds how many times a failed answer is sent back with what went wrong, 0 to 10
 * @param contextTokens the hard token budget of one prompt (system message and all turns)
 * @param price what the model costs, overriding the built-in price table
 */
public record ModelConfig(
    String provider,
    String name,
    Optional<String> baseUrl,
    Optional<String> configuredApiKeyEnv,
    Duration timeout,
    int maxOutputTokens,
    double temperature,
    int repairRounds,
    int contextTokens,
    Optional<Price> price) {

  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(5);
  public static final int DEFAULT_MAX_OUTPUT_TOKENS = 4096;
  public static final double DEFAULT_TEMPERATURE = 0.2;
  public static final int DEFAULT_REPAIR_ROUNDS = 2;
  public static final int MAX_REPAIR_ROUNDS = 10;
  public static final int DEFAULT_CONTEXT_TOKENS = 24_000;

  public static final ModelConfig DEFAULT =
      new ModelConfig(
          "openai",
          "gpt-4.1-mini",
          Optional.empty(),
          Optional.empty(),
          DEFAULT_TIMEOUT,
          DEFAULT_MAX_OUTPUT_TOKENS,
          DEFAULT_TEMPERATURE,
          DEFAULT_REPAIR_ROUNDS,
          DEFAULT_CONTEXT_TOKENS,
          Optional.empty());

  /**
   * A model's price in US dollars per million tokens.
   *
   * @param inputPerMillion per million prompt tokens
   * @param outputPerMillion per million answer tokens
   */
  public record Price(double inputPerMillion, double outputPerMillion) {
    public Price {
      if (!(inputPerMillion >= 0) || Double.isInfinite(inputPerMillion)) {
        throw new IllegalArgumentException(
            "the input price must be a number of dollars, not negative: " + inputPerMillion);
      }
      if (!(outputPerMillion >= 0) || Double.isInfinite(outputPerMillion)) {
        throw new IllegalArgumentException(
            "the output price must be a number of dollars, not negative: " + outputPerMillion);
      }
    }
  }

  public ModelConfig {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(configuredApiKeyEnv, "configuredApiKeyEnv");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(price, "price");
    configuredApiKeyEnv.ifPresent(ModelConfig::checkEnvName);
    if (timeout.isNegative() || timeout.isZero())
      throw new IllegalArgumentException("timeout must be positive");
    if (maxOutputTokens < 1)
      throw new IllegalArgumentException(
          "max-output-tokens must be at least 1, not " + maxOutputTokens);
    if (!(temperature >= 0 && temperature <= 2))
      throw new IllegalArgumentException("temperature must be in [0, 2], not " + temperature);
    if (repairRounds < 0 || repairRounds > MAX_REPAIR_ROUNDS) {
      throw new IllegalArgumentException(
          "repair-rounds must be in [0, " + MAX_REPAIR_ROUNDS + "], not " + repairRounds);
    }
    if (contextTokens < 1)
      throw new IllegalArgumentException("context-tokens must be at least 1, not " + contextTokens);
  }

  /** A model with {@code apiKeyEnv} named explicitly and the defaults for everything else. */
  public ModelConfig(String provider, String name, Optional<String> baseUrl, String apiKeyEnv) {
    this(
        provider,
        name,
        baseUrl,
        Optional.of(apiKeyEnv),
        DEFAULT_TIMEOUT,
        DEFAULT_MAX_OUTPUT_TOKENS,
        DEFAULT_TEMPERATURE,
        DEFAULT_REPAIR_ROUNDS,
        DEFAULT_CONTEXT_TOKENS,
        Optional.empty());
  }

  /**
   * The environment variable holding the key: the configured one, else the default of the
   * {@linkplain ModelProviders#standard() standard} provider (see {@link
   * #apiKeyEnv(ModelProviders)}).
   */
  public String apiKeyEnv() {
    return apiKeyEnv(ModelProviders.standard());
  }

  /**
   * The environment variable holding the key: the configured one, else the default of the provider
   * in {@code providers}.
   */
  public String apiKeyEnv(ModelProviders providers) {
    return configuredApiKeyEnv.orElseGet(() -> providers.defaultApiKeyEnv(provider));
  }

  /**
   * Checks that {@code text} names an environment variable. The text is not repeated in the
   * message: it may be a key written where its variable's name belongs.
   *
   * @throws IllegalArgumentException when it does not
   */
  public static String checkEnvName(String text) {
    if (!text.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException(
          "not an environment variable name (name the variable that holds the key, never the key)");
    }
    return text;
  }

  /**
   * The key variable a standard provider's users usually set: {@code OPENAI_API_KEY}, {@code
   * ANTHROPIC_API_KEY}, {@code GEMINI_API_KEY}, {@code OLLAMA_API_KEY} (Ollama needs none and uses
   * it only when it is set). Any other provider name follows the same pattern ({@link
   * ModelProviders#defaultApiKeyEnv}).
   */
  public static String defaultApiKeyEnv(String provider) {
    return ModelProviders.standard().defaultApiKeyEnv(provider);
  }

  /**
   * This model at another provider. A key variable that was named explicitly stays; the default one
   * becomes the new provider's default.
   */
  public ModelConfig withProvider(String provider) {
    return new ModelConfig(
        provider,
        name,
        baseUrl,
        configuredApiKeyEnv,
        timeout,
        maxOutputTokens,
        temperature,
        repairRounds,
        contextTokens,
        price);
  }

  public ModelConfig withName(String name) {
    return new ModelConfig(
        provider,
        name,
        baseUrl,
        configuredApiKeyEnv,
        timeout,
        maxOutputTokens,
        temperature,
        repairRounds,
        contextTokens,
        price);
  }

  public ModelConfig withBaseUrl(String baseUrl) {
    return new ModelConfig(
        provider,
        name,
        Optional.of(baseUrl),
        configuredApiKeyEnv,
        timeout,
        maxOutputTokens,
        temperature,
        repairRounds,
        contextTokens,
        price);
  }

  /** This model with {@code apiKeyEnv} named explicitly (it stays when the provider changes). */
  public ModelConfig withApiKeyEnv(String apiKeyEnv) {
    return new ModelConfig(
        provider,
        name,
        baseUrl,
        Optional.of(apiKeyEnv),
        timeout,
        maxOutputTokens,
        temperature,
        repairRounds,
        contextTokens,
        price);
  }

  public ModelConfig withPrice(Price price) {
    return new ModelConfig(
        provider,
        name,
        baseUrl,
        configuredApiKeyEnv,
        timeout,
        maxOutputTokens,
        temperature,
        repairRounds,
        contextTokens,
        Optional.of(price));
  }
}
