package dev.kaizen.agent.model;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;

import dev.kaizen.agent.config.ModelConfig;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Ollama's native chat API ({@code /api/chat}); it needs no key. */
class OllamaContractTest extends ModelClientContract {

  @Override
  String provider() {
    return "ollama";
  }

  @Override
  String model() {
    return "qwen2.5-coder:7b";
  }

  @Override
  String apiPath() {
    return "";
  }

  @Override
  String chatPath() {
    return "/api/chat";
  }

  @Override
  String keyVariable() {
    return "OLLAMA_API_KEY";
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
        {"model":"qwen2.5-coder:7b","created_at":"2025-05-01T09:12:44.123456789Z",\
        "message":{"role":"assistant","content":%s},"done_reason":"stop","done":true,\
        "total_duration":2153421000,"load_duration":21543000,"prompt_eval_count":%d,\
        "prompt_eval_duration":183000000,"eval_count":%d,"eval_duration":1912000000}
        """.formatted(quoted(text), inputTokens, outputTokens);
  }

  @Override
  String error(int status, String message) {
    return "{\"error\":" + quoted(message) + "}";
  }

  @Override
  String maxTokensPattern(int n) {
    return "\"num_predict\"\\s*:\\s*" + n;
  }

  @Test
  void sends_a_key_as_a_bearer_token_when_one_is_set() {
    stubChat(json(200, answer("ok", 1, 1)));
    ModelConfig config = new ModelConfig(provider(), model(), Optional.of(baseUrl()), keyVariable());

    ModelClients.open(config, Map.of(keyVariable(), KEY), ClientOptions.DEFAULT.withSleeper(sleeper)).chat(request());

    server.verify(1, postRequestedFor(urlPathEqualTo(chatPath())).withHeader("Authorization", equalTo("Bearer " + KEY)));
  }
}
