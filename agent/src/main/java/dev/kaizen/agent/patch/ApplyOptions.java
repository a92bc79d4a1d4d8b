package dev.kaizen.agent.patch;

import java.util.Objects;
import java.util.Optional;

/**
 * What the caller permits and knows when a model's edits are applied.
 *
 * @param allowNewFiles whether an edit may create a file that does not exist
 * @param targetFile the file edits without a path of their own are for (whole-method answers)
 */
public record ApplyOptions(boolean allowNewFiles, Optional<String> targetFile) {

  public ApplyOptions {
    Objects.requireNonNull(targetFile, "targetFile");
    targetFile
        .flatMap(FileEdit::pathProblem)
        .ifPresent(
            p -> {
              throw new IllegalArgumentException(p);
            });
  }

  /** Existing files only, no default file. */
  public static ApplyOptions defaults() {
    return new ApplyOptions(false, Optional.empty());
  }

  public ApplyOptions allowingNewFiles() {
    return new ApplyOptions(true, targetFile);
  }

  public ApplyOptions withTargetFile(String path) {
    return new ApplyOptions(allowNewFiles, Optional.of(path));
  }
}
