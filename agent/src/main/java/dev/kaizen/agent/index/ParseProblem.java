package dev.kaizen.agent.index;

import java.util.Objects;

/**
 * Why a file could not be indexed: a syntax error or an unreadable file.
 *
 * @param path repository-relative, {@code /}-separated
 * @param line the 1-based line the problem was found at, or 0 when it has no position
 * @param message what is wrong, as JavaParser (or the file system) said it
 */
public record ParseProblem(String path, int line, String message) {

  public ParseProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(message, "message");
    if (line < 0) throw new IllegalArgumentException("line must not be negative");
  }

  @Override
  public String toString() {
    return line > 0 ? path + ":" + line + ": " + message : path + ": " + message;
  }
}
