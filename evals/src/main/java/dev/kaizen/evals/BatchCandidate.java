package dev.kaizen.evals;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One candidate of a batch: its tree, already checked (built and tested) with the gate's suite.
 *
 * @param id how reasons name it ("3", or a short commit id)
 * @param tree the candidate's tree
 * @param check its check
 */
public record BatchCandidate(String id, Path tree, TreeCheck check) {

  public BatchCandidate {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(check, "check");
  }
}
