package dev.kaizen.agent.patch;

import java.util.Objects;
import java.util.Optional;

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
    pathProblem(path)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
  }

  public boolean changesSomething() {
    return !before.equals(after);
  }

  /**
   * Why {@code path} is not a repository-relative, {@code /}-separated path, or empty when it is.
   */
  public static Optional<String> pathProblem(String path) {
    boolean bad = path.isBlank() || path.startsWith("/") || path.contains("\\");
    for (String part : path.split("/", -1)) {
      bad |= part.equals("..") || part.equals(".") || part.isEmpty();
    }
    return bad ? Optional.of("not a repository-relative path: " + path) : Optional.empty();
  }
}
