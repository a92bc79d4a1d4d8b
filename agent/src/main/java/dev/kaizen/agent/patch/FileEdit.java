package dev.kaizen.agent.patch;

import java.util.Objects;

/**
 * A whole-file edit: the file's exact content before, and its content after.
 *
 * @param path repository-relative, {@code /}-separated
 * @param before the content the edit was made against; applying fails when the file differs
 * @param after the new content
 */
public record FileEdit(String path, String before, String after) {

  public FileEdit {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
    if (path.isBlank() || path.startsWith("/") || path.contains("\\")) {
      throw new IllegalArgumentException("not a repository-relative path: " + path);
    }
    for (String part : path.split("/")) {
      if (part.equals("..") || part.equals(".") || part.isEmpty()) {
        throw new IllegalArgumentException("not a repository-relative path: " + path);
      }
    }
  }

  public boolean changesSomething() {
    return !before.equals(after);
  }
}
