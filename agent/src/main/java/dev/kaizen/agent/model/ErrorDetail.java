package dev.kaizen.agent.model;

import dev.kaizen.agent.json.Json;
import java.util.Map;

/**
 * The one line worth showing from a provider's error body: {@code error.message} (OpenAI,
 * Anthropic, Gemini), {@code error} (Ollama), {@code message}, or else the start of the body.
 */
final class ErrorDetail {

  private static final int MAX = 300;

  private ErrorDetail() {}

  static String of(String body) {
    if (body == null || body.isBlank()) return "(no details)";
    String found = null;
    try {
      Object parsed = Json.read(body, Object.class);
      if (parsed instanceof Map<?, ?> top) {
        Object error = top.get("error");
        if (error instanceof Map<?, ?> e && e.get("message") instanceof String m) found = m;
        else if (error instanceof String s) found = s;
        else if (top.get("message") instanceof String m) found = m;
      }
    } catch (IllegalArgumentException notJson) {
      // shown as it is, below
    }
    String line = (found == null || found.isBlank() ? body : found).strip().replaceAll("\\s+", " ");
    return line.length() <= MAX ? line : line.substring(0, MAX) + "…";
  }
}
