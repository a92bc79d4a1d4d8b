package dev.kaizen.agent.model;

import dev.langchain4j.model.ollama.OllamaChatModel;
import java.util.Map;

/**
 * Ollama's native API ({@code ollama}, {@code /api/chat}): a local server, which needs no key and
 * costs nothing. A key, when its variable is set, goes as a bearer token (for an authenticating
 * proxy in front of it).
 */
final class OllamaProvider implements ModelProvider {

  @Override
  public String name() {
    return "ollama";
  }

  /** Ollama needs no key; one in this variable is sent when it is set. */
  @Override
  public String defaultApiKeyEnv() {
    return "OLLAMA_API_KEY";
  }

  @Override
  public String defaultBaseUrl() {
    return "http://localhost:11434";
  }

  @Override
  public String baseUrlHint() {
    return "Ollama's native base-url is the server's root, like http://localhost:11434";
  }

  @Override
  public boolean needsKey(String baseUrl) {
    return false;
  }

  @Override
  public boolean isLocal(String baseUrl) {
    return true;
  }

  @Override
  public Attempt connect(Connection c) {
    var b =
        OllamaChatModel.builder()
            .baseUrl(c.baseUrl())
            .modelName(c.model())
            .httpClientBuilder(c.http())
            .timeout(c.timeout())
            .maxRetries(0);
    if (c.key().isSet()) b.customHeaders(Map.of("Authorization", "Bearer " + c.key().reveal()));
    return new LangChainAttempt(b.build());
  }
}
