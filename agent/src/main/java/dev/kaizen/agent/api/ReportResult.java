package dev.kaizen.agent.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The report page {@link Kaizen#report} wrote.
 *
 * @param path the HTML file
 * @param sessions sessions it shows
 * @param iterations iterations it shows
 */
public record ReportResult(Path path, int sessions, int iterations) {

  public ReportResult {
    Objects.requireNonNull(path, "path");
  }
}
