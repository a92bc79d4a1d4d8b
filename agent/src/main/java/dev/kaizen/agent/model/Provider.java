package dev.kaizen.agent.model;

import dev.kaizen.agent.UsageException;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;

/** The protocols Kaizen speaks, with where each is served by default. */
enum Provider {
  /** OpenAI's chat completions, also spoken by vLLM, llama.cpp's server, LM Studio and Ollama's {@code /v1}. */
  OPENAI("openai", "https://api.openai.com/v1", "/v1"),
  ANTHROPIC("anthropic", "https://api.anthropic.com/v1/", "/v1/"),
  GEMINI("gemini", "https://generativelanguage.googleapis.com/v1beta", "/v1beta"),
  /** Ollama's native API ({@code /api/chat}). */
  OLLAMA("ollama", "http://localhost:11434", "");

  private final String id;
  private final String defaultBaseUrl;
  private final String apiPath;

  Provider(String id, String defaultBaseUrl, String apiPath) {
    this.id = id;
    this.defaultBaseUrl = defaultBaseUrl;
    this.apiPath = apiPath;
  }

  String id() {
    return id;
  }

  static Provider of(String id) {
    for (Provider p : values()) {
      if (p.id.equals(id)) return p;
    }
    throw new UsageException("unknown model provider '" + id + "' (expected openai, anthropic, gemini or ollama)");
  }

  /**
   * The base URL to use: the configured one, or the provider's own. Anthropic's client needs a
   * trailing slash, the others none.
   */
  String baseUrl(Optional<String> configured) {
    String url = configured.map(String::strip).filter(s -> !s.isEmpty()).orElse(defaultBaseUrl);
    URI uri;
    try {
      uri = URI.create(url);
    } catch (IllegalArgumentException e) {
      throw new UsageException("model base-url is not a URL: '" + url + "'");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new UsageException("model base-url must be an http or https URL, not '" + url + "'");
    }
    while (url.endsWith("/")) url = url.substring(0, url.length() - 1);
    return this == ANTHROPIC ? url + "/" : url;
  }

  /**
   * Whether this provider at {@code baseUrl} cannot work without a key. Local and self-hosted
   * servers (any OpenAI-compatible base URL but OpenAI's own, and Ollama) usually need none.
   */
  boolean needsKey(String baseUrl) {
    return switch (this) {
      case ANTHROPIC, GEMINI -> true;
      case OPENAI -> "api.openai.com".equalsIgnoreCase(URI.create(baseUrl).getHost());
      case OLLAMA -> false;
    };
  }

  /** What a base URL for this provider usually ends with, for hints in error messages. */
  String apiPathHint() {
    return apiPath.isEmpty()
        ? "Ollama's native base-url is the server's root, like http://localhost:11434"
        : "the base-url usually ends in " + apiPath;
  }
}
