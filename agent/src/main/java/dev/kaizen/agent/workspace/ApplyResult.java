package dev.kaizen.agent.workspace;

import java.util.Objects;

/** What became of a patch: a commit, or the reason it could not be made. */
public sealed interface ApplyResult {

  /**
   * The patch is committed as {@code commit} on top of {@code parent}; {@code diff} is its unified
   * diff.
   */
  record Committed(String commit, String parent, String diff) implements ApplyResult {
    public Committed {
      Objects.requireNonNull(commit, "commit");
      Objects.requireNonNull(parent, "parent");
      Objects.requireNonNull(diff, "diff");
    }
  }

  /**
   * The patch does not fit the parent: {@code path} and why ("content differs from what the
   * proposal was made against").
   */
  record NotApplied(String path, String reason) implements ApplyResult {
    public NotApplied {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
