package dev.kaizen.agent.testing;

import java.util.Map;

/**
 * How each model provider Kaizen supports speaks HTTP, for tests that stand a stub server in for
 * it: where its API lives under the server's root, the path a chat is posted to, how the key is
 * sent, and realistic answer and error bodies (shaped like recorded ones, with the token counts
 * where the provider reports them).
 *
 * <p>A stub serves {@link #answer} or {@link #error} at {@link #chatPath()}; Kaizen is pointed at
 * it with {@code provider: }{@link #provider()}, {@code model: }{@link #model()} and a base URL of
 * the server's root followed by {@link #apiPath()}.
 */
public enum ProviderWire {

  /** OpenAI's chat completions API, with the key sent as a bearer token. */
  OPENAI(
      "openai",
      "gpt-4.1-mini",
      "/v1",
      "/v1/chat/completions",
      "OPENAI_API_KEY",
      true,
      "stop",
      "length") {
    @Override
    public Map.Entry<String, String> keyHeader(String key) {
      return Map.entry("Authorization", "Bearer " + key);
    }

    @Override
    String body(String text, int inputTokens, int outputTokens, String finish) {
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
                "finish_reason": "%s"
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
          """
          .formatted(quoted(text), finish, inputTokens, outputTokens, inputTokens + outputTokens);
    }

    @Override
    public String error(int status, String message) {
      String type =
          switch (status) {
            case 429 -> "requests";
            case 401 -> "invalid_request_error";
            case 500, 503 -> "server_error";
            default -> "invalid_request_error";
          };
      String code =
          switch (status) {
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
          """
          .formatted(quoted(message), type, code);
    }

    @Override
    public String maxTokensPattern(int n) {
      return "\"max_(completion_)?tokens\"\\s*:\\s*" + n;
    }
  },

  /**
   * A local OpenAI-compatible server (vLLM's answers): provider {@code openai} at its own base URL,
   * and no key, since its variable is not set.
   */
  OPENAI_COMPATIBLE(
      "openai",
      "Qwen/Qwen2.5-Coder-7B-Instruct",
      "/v1",
      "/v1/chat/completions",
      "VLLM_API_KEY",
      false,
      "stop",
      "length") {
    @Override
    public Map.Entry<String, String> keyHeader(String key) {
      return Map.entry("Authorization", "Bearer " + key);
    }

    @Override
    String body(String text, int inputTokens, int outputTokens, String finish) {
      return """
          {"id":"chatcmpl-8f2c1e0b9a7d4c3e8d41b6a0f3e2c1d9","object":"chat.completion","created":1746090412,\
          "model":"Qwen/Qwen2.5-Coder-7B-Instruct","choices":[{"index":0,"message":{"role":"assistant",\
          "reasoning_content":null,"content":%s,"tool_calls":[]},"logprobs":null,"finish_reason":"%s",\
          "stop_reason":null}],"usage":{"prompt_tokens":%d,"total_tokens":%d,"completion_tokens":%d,\
          "prompt_tokens_details":null},"prompt_logprobs":null,"kv_transfer_params":null}
          """
          .formatted(quoted(text), finish, inputTokens, inputTokens + outputTokens, outputTokens);
    }

    @Override
    public String error(int status, String message) {
      String type =
          switch (status) {
            case 404 -> "NotFoundError";
            case 400 -> "BadRequestError";
            case 401 -> "Unauthorized";
            default -> "InternalServerError";
          };
      return """
          {"object":"error","message":%s,"type":"%s","param":null,"code":%d}
          """
          .formatted(quoted(message), type, status);
    }

    @Override
    public String maxTokensPattern(int n) {
      return "\"max_(completion_)?tokens\"\\s*:\\s*" + n;
    }
  },

  /** Anthropic's Messages API, with the key in {@code x-api-key}. */
  ANTHROPIC(
      "anthropic",
      "claude-sonnet-4-5",
      "/v1/",
      "/v1/messages",
      "ANTHROPIC_API_KEY",
      true,
      "end_turn",
      "max_tokens") {
    @Override
    public Map.Entry<String, String> keyHeader(String key) {
      return Map.entry("x-api-key", key);
    }

    @Override
    String body(String text, int inputTokens, int outputTokens, String finish) {
      return """
          {
            "id": "msg_01XFDUDYJgAACzvnptvVoYEL",
            "type": "message",
            "role": "assistant",
            "model": "claude-sonnet-4-5-20250929",
            "content": [
              {"type": "text", "text": %s}
            ],
            "stop_reason": "%s",
            "stop_sequence": null,
            "usage": {
              "input_tokens": %d,
              "cache_creation_input_tokens": 0,
              "cache_read_input_tokens": 0,
              "output_tokens": %d,
              "service_tier": "standard"
            }
          }
          """
          .formatted(quoted(text), finish, inputTokens, outputTokens);
    }

    @Override
    public String error(int status, String message) {
      String type =
          switch (status) {
            case 400 -> "invalid_request_error";
            case 401 -> "authentication_error";
            case 404 -> "not_found_error";
            case 429 -> "rate_limit_error";
            case 529, 503 -> "overloaded_error";
            default -> "api_error";
          };
      return """
          {"type":"error","error":{"type":"%s","message":%s},"request_id":"req_011CUaXk9qN7tPz3bYwLmR4e"}
          """
          .formatted(type, quoted(message));
    }

    @Override
    public String maxTokensPattern(int n) {
      return "\"max_tokens\"\\s*:\\s*" + n;
    }
  },

  /** Google's Gemini API ({@code generateContent}), with the key in {@code x-goog-api-key}. */
  GEMINI(
      "gemini",
      "gemini-2.5-flash",
      "/v1beta",
      "/v1beta/models/gemini-2.5-flash:generateContent",
      "GEMINI_API_KEY",
      true,
      "STOP",
      "MAX_TOKENS") {
    @Override
    public Map.Entry<String, String> keyHeader(String key) {
      return Map.entry("x-goog-api-key", key);
    }

    @Override
    String body(String text, int inputTokens, int outputTokens, String finish) {
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
                "finishReason": "%s",
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
          """
          .formatted(
              quoted(text),
              finish,
              inputTokens,
              outputTokens,
              inputTokens + outputTokens,
              inputTokens);
    }

    @Override
    public String error(int status, String message) {
      String s =
          switch (status) {
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
          """
          .formatted(status, quoted(message), s);
    }

    @Override
    public String maxTokensPattern(int n) {
      return "\"maxOutputTokens\"\\s*:\\s*" + n;
    }
  },

  /**
   * Ollama's native chat API ({@code /api/chat}) at the server's root; it needs no key, and sends
   * one as a bearer token when its variable is set (for an authenticating proxy).
   */
  OLLAMA("ollama", "qwen2.5-coder:7b", "", "/api/chat", "OLLAMA_API_KEY", false, "stop", "length") {
    @Override
    public Map.Entry<String, String> keyHeader(String key) {
      return Map.entry("Authorization", "Bearer " + key);
    }

    @Override
    String body(String text, int inputTokens, int outputTokens, String finish) {
      return """
          {"model":"qwen2.5-coder:7b","created_at":"2025-05-01T09:12:44.123456789Z",\
          "message":{"role":"assistant","content":%s},"done_reason":"%s","done":true,\
          "total_duration":2153421000,"load_duration":21543000,"prompt_eval_count":%d,\
          "prompt_eval_duration":183000000,"eval_count":%d,"eval_duration":1912000000}
          """
          .formatted(quoted(text), finish, inputTokens, outputTokens);
    }

    @Override
    public String error(int status, String message) {
      return "{\"error\":" + quoted(message) + "}";
    }

    @Override
    public String maxTokensPattern(int n) {
      return "\"num_predict\"\\s*:\\s*" + n;
    }
  };

  private final String provider;
  private final String model;
  private final String apiPath;
  private final String chatPath;
  private final String keyVariable;
  private final boolean keyed;
  private final String stopReason;
  private final String lengthReason;

  ProviderWire(
      String provider,
      String model,
      String apiPath,
      String chatPath,
      String keyVariable,
      boolean keyed,
      String stopReason,
      String lengthReason) {
    this.provider = provider;
    this.model = model;
    this.apiPath = apiPath;
    this.chatPath = chatPath;
    this.keyVariable = keyVariable;
    this.keyed = keyed;
    this.stopReason = stopReason;
    this.lengthReason = lengthReason;
  }

  /** The {@code provider:} value in {@code kaizen.yml}: openai, anthropic, gemini or ollama. */
  public String provider() {
    return provider;
  }

  /** The model's name, as configured and as the stub's answers name it. */
  public String model() {
    return model;
  }

  /** What to append to the stub server's root to form the base URL, like {@code /v1}. */
  public String apiPath() {
    return apiPath;
  }

  /** The path, from the server's root, that a chat request is posted to. */
  public String chatPath() {
    return chatPath;
  }

  /** The {@code api-key-env} variable the key is read from. */
  public String keyVariable() {
    return keyVariable;
  }

  /**
   * Whether a key is expected here, so a test sets {@link #keyVariable()}; false for local servers
   * that need none (they send one only when the variable is set anyway).
   */
  public boolean keyed() {
    return keyed;
  }

  /** The request header that carries the key, and its value for {@code key}. */
  public abstract Map.Entry<String, String> keyHeader(String key);

  /** A successful, complete answer as the provider sends it, with the token counts it reports. */
  public String answer(String text, int inputTokens, int outputTokens) {
    return body(text, inputTokens, outputTokens, stopReason);
  }

  /**
   * An answer cut off at the output token limit, as the provider sends it: like {@link #answer} but
   * with the provider's own word for it (OpenAI's and vLLM's {@code finish_reason} and Ollama's
   * {@code done_reason} {@code length}, Anthropic's {@code stop_reason} {@code max_tokens},
   * Gemini's {@code finishReason} {@code MAX_TOKENS}).
   */
  public String lengthAnswer(String text, int inputTokens, int outputTokens) {
    return body(text, inputTokens, outputTokens, lengthReason);
  }

  /** An error body as the provider sends it with HTTP {@code status}. */
  public abstract String error(int status, String message);

  /** A regular expression that finds a max output tokens of {@code n} in a request body. */
  public abstract String maxTokensPattern(int n);

  /** The answer body, with {@code finish} as the provider's reason for stopping. */
  abstract String body(String text, int inputTokens, int outputTokens, String finish);

  /** {@code text} as a JSON string, quotes included. */
  public static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
