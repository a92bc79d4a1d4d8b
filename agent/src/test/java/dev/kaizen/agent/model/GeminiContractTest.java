package dev.kaizen.agent.model;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.testing.ProviderWire;
import org.junit.jupiter.api.Test;

/** Google's Gemini API ({@code generateContent}), with the key in {@code x-goog-api-key}. */
class GeminiContractTest extends ModelClientContract {

  @Override
  ProviderWire wire() {
    return ProviderWire.GEMINI;
  }

  @Test
  void a_key_gemini_calls_invalid_is_a_refused_key_not_a_bad_request() {
    server.stubFor(
        post(urlPathEqualTo(chatPath()))
            .willReturn(
                json(
                    400,
                    """
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
