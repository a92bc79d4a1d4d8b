package dev.kaizen.agent.config;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code model:} section: which model the {@code llm} proposer asks.
 *
 * @param provider {@code openai}, {@code anthropic}, {@code gemini} or {@code ollama}
 * @param name the model's name at that provider
 * @param baseUrl another endpoint speaking the provider's protocol
 * @param apiKeyEnv the environment variable holding the key (the key itself is never in the file)
 */
public record ModelConfig(String provider, String name, Optional<String> baseUrl, String apiKeyEnv) {

  public static final ModelConfig DEFAULT =
      new ModelConfig("openai", "gpt-4.1-mini", Optional.empty(), "OPENAI_API_KEY");

  public ModelConfig {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(apiKeyEnv, "apiKeyEnv");
  }
}
