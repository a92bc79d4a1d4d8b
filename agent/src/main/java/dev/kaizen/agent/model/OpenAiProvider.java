package dev.kaizen.agent.model;

import dev.langchain4j.model.openai.OpenAiChatModel;
import java.net.URI;
import java.time.LocalDate;
import java.util.Optional;

/**
 * OpenAI's chat completions API ({@code openai}), also spoken by vLLM, llama.cpp's server, LM
 * Studio and Ollama's {@code /v1}. At OpenAI's own endpoint it needs a key and costs money; at any
 * other base URL it is such a server, which needs no key and costs nothing.
 */
final class OpenAiProvider implements ModelProvider {

  private static final String HOST = "api.openai.com";

  private static final PriceList PRICES =
      PriceList.asOf(LocalDate.of(2026, 3, 1))
          .with("gpt-4.1", 2.00, 8.00)
          .with("gpt-4.1-mini", 0.40, 1.60)
          .with("gpt-4.1-nano", 0.10, 0.40)
          .with("gpt-4o", 2.50, 10.00)
          .with("gpt-4o-mini", 0.15, 0.60);

  @Override
  public String name() {
    return "openai";
  }

  @Override
  public String defaultApiKeyEnv() {
    return "OPENAI_API_KEY";
  }

  @Override
  public String defaultBaseUrl() {
    return "https://" + HOST + "/v1";
  }

  @Override
  public String baseUrlHint() {
    return "the base-url usually ends in /v1";
  }

  @Override
  public boolean needsKey(String baseUrl) {
    return atOpenAi(baseUrl);
  }

  @Override
  public boolean isLocal(String baseUrl) {
    return !atOpenAi(baseUrl);
  }

  @Override
  public Attempt connect(Connection c) {
    return new LangChainAttempt(
        OpenAiChatModel.builder()
            .baseUrl(c.baseUrl())
            .apiKey(c.key().isSet() ? c.key().reveal() : null)
            .modelName(c.model())
            .httpClientBuilder(c.http())
            .timeout(c.timeout())
            .maxRetries(0)
            .build());
  }

  @Override
  public Optional<PriceList> listPrices() {
    return Optional.of(PRICES);
  }

  /**
   * Whether {@code baseUrl} is OpenAI's own; one that is not a URL counts as OpenAI's (the client
   * refuses it anyway).
   */
  private static boolean atOpenAi(String baseUrl) {
    try {
      String host = URI.create(baseUrl).getHost();
      return host == null || HOST.equalsIgnoreCase(host);
    } catch (IllegalArgumentException e) {
      return true;
    }
  }
}
