package dev.kaizen.agent.patch;

import java.util.Map;
import java.util.Optional;

/**
 * The current text of a repository's files, as edits are applied against it (for example a commit's
 * tree: {@code path -> workspace.read(commit, path)}).
 */
@FunctionalInterface
public interface FileTexts {

  /** The text of a repository-relative file, or empty when there is no such file. */
  Optional<String> read(String path);

  /** The files of a map from path to text. */
  static FileTexts of(Map<String, String> files) {
    Map<String, String> copy = Map.copyOf(files);
    return path -> Optional.ofNullable(copy.get(path));
  }
}
