package dev.kaizen.agent.workspace;

import java.util.Objects;

/**
 * A path that differs between two commits.
 *
 * @param path the path, relative to the repository root, with {@code /}
 * @param kind how it changed
 */
public record ChangedPath(String path, Kind kind) {

  /** How a path changed. */
  public enum Kind {
    ADDED,
    MODIFIED,
    DELETED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public ChangedPath {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(kind, "kind");
  }
}
