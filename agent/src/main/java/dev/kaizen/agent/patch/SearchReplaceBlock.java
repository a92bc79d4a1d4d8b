package dev.kaizen.agent.patch;

import java.util.List;
import java.util.Objects;

/**
 * One SEARCH/REPLACE block of a model's answer.
 *
 * @param path the file it edits
 * @param search the exact lines to find (empty: create the file, or fill an empty one)
 * @param replace the lines to put in their place
 * @param line the 1-based line of the answer where the block's {@code <<<<<<< SEARCH} is
 */
public record SearchReplaceBlock(String path, List<String> search, List<String> replace, int line) {

  public SearchReplaceBlock {
    Objects.requireNonNull(path, "path");
    search = List.copyOf(search);
    replace = List.copyOf(replace);
    FileEdit.pathProblem(path)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
  }

  /** Whether the SEARCH section holds nothing but blank lines. */
  public boolean searchIsEmpty() {
    return search.stream().allMatch(String::isBlank);
  }
}
