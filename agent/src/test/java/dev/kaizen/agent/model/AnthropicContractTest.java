package dev.kaizen.agent.model;

import java.util.Map;

/** Anthropic's Messages API, with the key in {@code x-api-key}. */
class AnthropicContractTest extends ModelClientContract {

  @Override
  String provider() {
    return "anthropic";
  }

  @Override
  String model() {
    return "claude-sonnet-4-5";
  }

  @Override
  String apiPath() {
    return "/v1/";
  }

  @Override
  String chatPath() {
    return "/v1/messages";
  }

  @Override
  String keyVariable() {
    return "ANTHROPIC_API_KEY";
  }

  @Override
  boolean keyed() {
    return true;
  }

  @Override
  Map.Entry<String, String> keyHeader(String key) {
    return Map.entry("x-api-key", key);
  }

  @Override
  String answer(String text, int inputTokens, int outputTokens) {
    return """
        {
          "id": "msg_01XFDUDYJgAACzvnptvVoYEL",
          "type": "message",
          "role": "assistant",
          "model": "claude-sonnet-4-5-20250929",
          "content": [
            {"type": "text", "text": %s}
          ],
          "stop_reason": "end_turn",
          "stop_sequence": null,
          "usage": {
            "input_tokens": %d,
            "cache_creation_input_tokens": 0,
            "cache_read_input_tokens": 0,
            "output_tokens": %d,
            "service_tier": "standard"
          }
        }
        """.formatted(quoted(text), inputTokens, outputTokens);
  }

  @Override
  String error(int status, String message) {
    String type = switch (status) {
      case 400 -> "invalid_request_error";
      case 401 -> "authentication_error";
      case 404 -> "not_found_error";
      case 429 -> "rate_limit_error";
      case 529, 503 -> "overloaded_error";
      default -> "api_error";
    };
    return """
        {"type":"error","error":{"type":"%s","message":%s},"request_id":"req_011CUaXk9qN7tPz3bYwLmR4e"}
        """.formatted(type, quoted(message));
  }

  @Override
  String maxTokensPattern(int n) {
    return "\"max_tokens\"\\s*:\\s*" + n;
  }
}
