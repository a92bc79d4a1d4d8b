package dev.kaizen.agent.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.EnvironmentException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** OpenAI's chat completions API, with a key sent as a bearer token. */
class OpenAiContractTest extends ModelClientContract {

  @Override
  String provider() {
    return "openai";
  }

  @Override
  String model() {
    return "gpt-4.1-mini";
  }

  @Override
  String apiPath() {
    return "/v1";
  }

  @Override
  String chatPath() {
    return "/v1/chat/completions";
  }

  @Override
  String keyVariable() {
    return "OPENAI_API_KEY";
  }

  @Override
  boolean keyed() {
    return true;
  }

  @Override
  Map.Entry<String, String> keyHeader(String key) {
    return Map.entry("Authorization", "Bearer " + key);
  }

  @Override
  String answer(String text, int inputTokens, int outputTokens) {
    return """
        {
          "id": "chatcmpl-BSq0mYc8x1LQWZ7Z3kq9GtD2pVh4N",
          "object": "chat.completion",
          "created": 1746090012,
          "model": "gpt-4.1-mini-2025-04-14",
          "choices": [
            {
              "index": 0,
              "message": {
                "role": "assistant",
                "content": %s,
                "refusal": null,
                "annotations": []
              },
              "logprobs": null,
              "finish_reason": "stop"
            }
          ],
          "usage": {
            "prompt_tokens": %d,
            "completion_tokens": %d,
            "total_tokens": %d,
            "prompt_tokens_details": {"cached_tokens": 0, "audio_tokens": 0},
            "completion_tokens_details": {
              "reasoning_tokens": 0,
              "audio_tokens": 0,
              "accepted_prediction_tokens": 0,
              "rejected_prediction_tokens": 0
            }
          },
          "service_tier": "default",
          "system_fingerprint": "fp_38647f5e19"
        }
        """.formatted(quoted(text), inputTokens, outputTokens, inputTokens + outputTokens);
  }

  @Override
  String error(int status, String message) {
    String type = switch (status) {
      case 429 -> "requests";
      case 401 -> "invalid_request_error";
      case 500, 503 -> "server_error";
      default -> "invalid_request_error";
    };
    String code = switch (status) {
      case 429 -> "\"rate_limit_exceeded\"";
      case 401 -> "\"invalid_api_key\"";
      case 404 -> "\"model_not_found\"";
      default -> "null";
    };
    return """
        {
          "error": {
            "message": %s,
            "type": "%s",
            "param": null,
            "code": %s
          }
        }
        """.formatted(quoted(message), type, code);
  }

  @Override
  String maxTokensPattern(int n) {
    return "\"max_(completion_)?tokens\"\\s*:\\s*" + n;
  }

  @Test
  void leaves_the_temperature_out_when_the_request_has_none() {
    stubChat(json(200, answer("ok", 1, 1)));

    client(1).chat(request().withoutTemperature());

    String sent = server.getAllServeEvents().get(0).getRequest().getBodyAsString();
    assertThat(sent).as("reasoning models refuse a temperature").doesNotContain("temperature");
  }

  @Test
  void gives_up_at_once_when_the_provider_asks_for_a_longer_wait_than_allowed() {
    stubChat(json(429, error(429, "You exceeded your current quota")).withHeader("Retry-After", "3600"));

    assertThatThrownBy(() -> client(4).chat(request()))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("asked to wait 1h00m")
        .hasMessageContaining("HTTP 429")
        .hasMessageContaining("exceeded your current quota");
    assertThat(requests()).isEqualTo(1);
    assertThat(sleeper.waits()).isEmpty();
  }
}
