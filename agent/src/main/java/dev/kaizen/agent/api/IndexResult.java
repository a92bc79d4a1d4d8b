package dev.kaizen.agent.api;

import dev.kaizen.agent.index.CodeIndex;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The index of a repository's Java sources.
 *
 * @param root the folder indexed: the git root around the repository path
 * @param index its types and methods, and the files that did not parse
 */
public record IndexResult(Path root, CodeIndex index) {

  public IndexResult {
    Objects.requireNonNull(root, "root");
    Objects.requireNonNull(index, "index");
  }
}
