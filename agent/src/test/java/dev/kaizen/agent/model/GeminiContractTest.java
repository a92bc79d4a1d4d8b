package dev.kaizen.agent.model;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.EnvironmentException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Google's Gemini API ({@code generateContent}), with the key in {@code x-goog-api-key}. */
class GeminiContractTest extends ModelClientContract {

  @Override
  String provider() {
    return "gemini";
  }

  @Override
  String model() {
    return "gemini-2.5-flash";
  }

  @Override
  String apiPath() {
    return "/v1beta";
  }

  @Override
  String chatPath() {
    return "/v1beta/models/gemini-2.5-flash:generateContent";
  }

  @Override
  String keyVariable() {
    return "GEMINI_API_KEY";
  }

  @Override
  boolean keyed() {
    return true;
  }

  @Override
  Map.Entry<String, String> keyHeader(String key) {
    return Map.entry("x-goog-api-key", key);
  }

  @Override
  String answer(String text, int inputTokens, int outputTokens) {
    return """
        {
          "candidates": [
            {
              "content": {
                "parts": [
                  {"text": %s}
                ],
                "role": "model"
              },
              "finishReason": "STOP",
              "index": 0
            }
          ],
          "usageMetadata": {
            "promptTokenCount": %d,
            "candidatesTokenCount": %d,
            "totalTokenCount": %d,
            "promptTokensDetails": [{"modality": "TEXT", "tokenCount": %d}]
          },
          "modelVersion": "gemini-2.5-flash",
          "responseId": "x2kTaJ2_B8-d1e8P3vGPsQ8"
        }
        """.formatted(quoted(text), inputTokens, outputTokens, inputTokens + outputTokens, inputTokens);
  }

  @Override
  String error(int status, String message) {
    String s = switch (status) {
      case 400 -> "INVALID_ARGUMENT";
      case 401 -> "UNAUTHENTICATED";
      case 403 -> "PERMISSION_DENIED";
      case 404 -> "NOT_FOUND";
      case 429 -> "RESOURCE_EXHAUSTED";
      case 503 -> "UNAVAILABLE";
      default -> "INTERNAL";
    };
    return """
        {
          "error": {
            "code": %d,
            "message": %s,
            "status": "%s"
          }
        }
        """.formatted(status, quoted(message), s);
  }

  @Override
  String maxTokensPattern(int n) {
    return "\"maxOutputTokens\"\\s*:\\s*" + n;
  }

  @Test
  void a_key_gemini_calls_invalid_is_a_refused_key_not_a_bad_request() {
    server.stubFor(post(urlPathEqualTo(chatPath())).willReturn(json(400, """
        {
          "error": {
            "code": 400,
            "message": "API key not valid. Please pass a valid API key.",
            "status": "INVALID_ARGUMENT",
            "details": [
              {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": "API_KEY_INVALID",
                "domain": "googleapis.com",
                "metadata": {"service": "generativelanguage.googleapis.com"}
              }
            ]
          }
        }
        """)));

    assertThatThrownBy(() -> client(4).chat(request()))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("refused the API key from the environment variable GEMINI_API_KEY")
        .hasMessageContaining("API key not valid");
  }
}
