package dev.kaizen.agent.model;

import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import java.time.LocalDate;
import java.util.Optional;

/** Google's Gemini API ({@code gemini}): always needs a key. */
final class GeminiProvider implements ModelProvider {

  private static final PriceList PRICES =
      PriceList.asOf(LocalDate.of(2026, 3, 1))
          .with("gemini-2.5-flash", 0.30, 2.50)
          // for prompts up to 200k tokens (longer ones cost 2.50 / 15.00)
          .with("gemini-2.5-pro", 1.25, 10.00);

  @Override
  public String name() {
    return "gemini";
  }

  @Override
  public String defaultApiKeyEnv() {
    return "GEMINI_API_KEY";
  }

  @Override
  public String defaultBaseUrl() {
    return "https://generativelanguage.googleapis.com/v1beta";
  }

  @Override
  public String baseUrlHint() {
    return "the base-url usually ends in /v1beta";
  }

  @Override
  public Attempt connect(Connection c) {
    return new LangChainAttempt(
        GoogleAiGeminiChatModel.builder()
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
