package dev.kaizen.agent.model;

import dev.langchain4j.model.anthropic.AnthropicChatModel;
import java.time.LocalDate;
import java.util.Optional;

/** Anthropic's Messages API ({@code anthropic}): always needs a key. */
final class AnthropicProvider implements ModelProvider {

  private static final PriceList PRICES =
      PriceList.asOf(LocalDate.of(2026, 3, 1))
          .with("claude-sonnet-4-0", 3.00, 15.00)
          .with("claude-sonnet-4-20250514", 3.00, 15.00)
          .with("claude-sonnet-4-5", 3.00, 15.00)
          .with("claude-3-5-haiku-latest", 0.80, 4.00)
          .with("claude-3-5-haiku-20241022", 0.80, 4.00);

  @Override
  public String name() {
    return "anthropic";
  }

  @Override
  public String defaultApiKeyEnv() {
    return "ANTHROPIC_API_KEY";
  }

  @Override
  public String defaultBaseUrl() {
    return "https://api.anthropic.com/v1/";
  }

  @Override
  public String baseUrlHint() {
    return "the base-url usually ends in /v1/";
  }

  /** LangChain4j's Anthropic client needs the trailing slash. */
  @Override
  public String normalizeBaseUrl(String baseUrl) {
    return baseUrl + "/";
  }

  @Override
  public Attempt connect(Connection c) {
    return new LangChainAttempt(
        AnthropicChatModel.builder()
            .baseUrl(c.baseUrl())
            .apiKey(c.key().reveal())
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
}
