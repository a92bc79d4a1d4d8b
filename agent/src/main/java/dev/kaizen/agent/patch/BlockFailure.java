package dev.kaizen.agent.patch;

import java.util.Objects;
import java.util.Optional;

/**
 * Why one edit of a model's answer did not apply.
 *
 * @param path the file the edit is for
 * @param block the 1-based position of the edit (block, hunk or method block) in the answer
 * @param reason one sentence: what failed and what to do about it
 * @param nearest the lines of the file closest to what the edit expected, when any come close
 */
public record BlockFailure(String path, int block, String reason, Optional<NearestLines> nearest) {

  public BlockFailure {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(nearest, "nearest");
    if (block < 1) throw new IllegalArgumentException("block " + block);
  }

  public BlockFailure(String path, int block, String reason) {
    this(path, block, reason, Optional.empty());
  }
}
