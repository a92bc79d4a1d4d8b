package dev.kaizen.agent.workspace;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The message of a candidate commit: a subject, a body, and trailers that name its source ({@code
 * Kaizen-Session}, {@code Kaizen-Iteration}, {@code Kaizen-Proposer}, {@code Kaizen-Prompt}).
 */
public record CommitInfo(String subject, String body, Map<String, String> trailers) {

  public CommitInfo {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(body, "body");
    trailers =
        java.util.Collections.unmodifiableMap(
            new LinkedHashMap<>(Objects.requireNonNull(trailers, "trailers")));
    if (subject.isBlank() || subject.contains("\n"))
      throw new IllegalArgumentException("a subject is one non-empty line");
    for (var e : trailers.entrySet()) {
      if (!e.getKey().matches("[A-Za-z][A-Za-z0-9-]*") || e.getValue().contains("\n")) {
        throw new IllegalArgumentException("not a trailer: " + e.getKey() + ": " + e.getValue());
      }
    }
  }

  /** The full commit message. */
  public String message() {
    var sb = new StringBuilder(subject).append("\n");
    if (!body.isBlank()) sb.append("\n").append(body.strip()).append("\n");
    if (!trailers.isEmpty()) {
      sb.append("\n");
      trailers.forEach((k, v) -> sb.append(k).append(": ").append(v).append("\n"));
    }
    return sb.toString();
  }
}
