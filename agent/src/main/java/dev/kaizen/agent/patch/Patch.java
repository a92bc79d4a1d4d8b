package dev.kaizen.agent.patch;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A set of edits to apply together.
 *
 * @param edits at most one edit per path
 */
public record Patch(List<FileEdit> edits) {

  public Patch {
    edits = List.copyOf(Objects.requireNonNull(edits, "edits"));
    var paths = new HashSet<String>();
    for (FileEdit e : edits) {
      if (!paths.add(e.path())) throw new IllegalArgumentException("two edits of " + e.path());
    }
  }

  public static Patch of(FileEdit... edits) {
    return new Patch(List.of(edits));
  }

  /** The paths this patch changes. */
  public List<String> paths() {
    return edits.stream().map(FileEdit::path).toList();
  }

  public boolean isEmpty() {
    return edits.stream().noneMatch(FileEdit::changesSomething);
  }
}
