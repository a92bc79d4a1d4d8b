package dev.kaizen.agent.trust;

import dev.kaizen.agent.workspace.ChangedPath;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One file a candidate changed, with its text on both sides.
 *
 * @param path repository-relative, {@code /}-separated
 * @param before its text in the baseline; empty when the candidate adds it
 * @param after its text in the candidate; empty when the candidate deletes it
 */
public record ChangedSource(String path, Optional<String> before, Optional<String> after) {

  public ChangedSource {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(before, "before");
    Objects.requireNonNull(after, "after");
  }

  /**
   * The changed files read from both sides, in the order of {@code changes}.
   *
   * @param before a file's text in the baseline, when it exists there
   * @param after a file's text in the candidate, when it exists there
   */
  public static List<ChangedSource> of(
      List<ChangedPath> changes,
      Function<String, Optional<String>> before,
      Function<String, Optional<String>> after) {
    return changes.stream()
        .map(c -> new ChangedSource(c.path(), before.apply(c.path()), after.apply(c.path())))
        .toList();
  }
}
