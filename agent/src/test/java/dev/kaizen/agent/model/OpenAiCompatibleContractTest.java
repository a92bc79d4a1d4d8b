package dev.kaizen.agent.model;

import java.util.Map;

/**
 * A local OpenAI-compatible server (here vLLM's answers): same protocol, its own base URL, and no
 * key, since the variable is not set.
 */
class OpenAiCompatibleContractTest extends ModelClientContract {

  @Override
  String provider() {
    return "openai";
  }

  @Override
  String model() {
    return "Qwen/Qwen2.5-Coder-7B-Instruct";
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
    return "VLLM_API_KEY";
  }

  @Override
  boolean keyed() {
    return false;
  }

  @Override
  Map.Entry<String, String> keyHeader(String key) {
    return Map.entry("Authorization", "Bearer " + key);
  }

  @Override
  String answer(String text, int inputTokens, int outputTokens) {
    return """
        {"id":"chatcmpl-8f2c1e0b9a7d4c3e8d41b6a0f3e2c1d9","object":"chat.completion","created":1746090412,\
        "model":"Qwen/Qwen2.5-Coder-7B-Instruct","choices":[{"index":0,"message":{"role":"assistant",\
        "reasoning_content":null,"content":%s,"tool_calls":[]},"logprobs":null,"finish_reason":"stop",\
        "stop_reason":null}],"usage":{"prompt_tokens":%d,"total_tokens":%d,"completion_tokens":%d,\
        "prompt_tokens_details":null},"prompt_logprobs":null,"kv_transfer_params":null}
        """.formatted(quoted(text), inputTokens, inputTokens + outputTokens, outputTokens);
  }

  @Override
  String error(int status, String message) {
    String type = switch (status) {
      case 404 -> "NotFoundError";
      case 400 -> "BadRequestError";
      case 401 -> "Unauthorized";
      default -> "InternalServerError";
    };
    return """
        {"object":"error","message":%s,"type":"%s","param":null,"code":%d}
        """.formatted(quoted(message), type, status);
  }

  @Override
  String maxTokensPattern(int n) {
    return "\"max_(completion_)?tokens\"\\s*:\\s*" + n;
  }
}
