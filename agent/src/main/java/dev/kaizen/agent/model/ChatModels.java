package dev.kaizen.agent.model;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.anthropic.AnthropicChatModel;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.googleai.GoogleAiGeminiChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;
import java.util.Map;

/**
 * Builds the LangChain4j chat model for a provider: Kaizen's HTTP client, LangChain4j's retries
 * off ({@code maxRetries(0)}), no request or response logging.
 */
final class ChatModels {

  private ChatModels() {}

  static ChatModel build(Provider provider, String model, String baseUrl, ApiKey key, HttpClientBuilder http, Duration timeout) {
    return switch (provider) {
      case OPENAI -> OpenAiChatModel.builder()
          .baseUrl(baseUrl)
          .apiKey(key.isSet() ? key.reveal() : null)
          .modelName(model)
          .httpClientBuilder(http)
          .timeout(timeout)
          .maxRetries(0)
          .build();
      case ANTHROPIC -> AnthropicChatModel.builder()
          .baseUrl(baseUrl)
          .apiKey(key.reveal())
          .modelName(model)
          .httpClientBuilder(http)
          .timeout(timeout)
          .maxRetries(0)
          .build();
      case GEMINI -> GoogleAiGeminiChatModel.builder()
          .baseUrl(baseUrl)
          .apiKey(key.reveal())
          .modelName(model)
          .httpClientBuilder(http)
          .timeout(timeout)
          .maxRetries(0)
          .build();
      case OLLAMA -> {
        var b = OllamaChatModel.builder()
            .baseUrl(baseUrl)
            .modelName(model)
            .httpClientBuilder(http)
            .timeout(timeout)
            .maxRetries(0);
        // Ollama itself needs no key; one behind an authenticating proxy gets it as a bearer token.
        if (key.isSet()) b.customHeaders(Map.of("Authorization", "Bearer " + key.reveal()));
        yield b.build();
      }
    };
  }
}
