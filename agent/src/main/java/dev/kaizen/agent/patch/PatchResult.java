package dev.kaizen.agent.patch;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Either the patch a model's answer makes, or every reason it could not be read or applied. */
public sealed interface PatchResult {

  /**
   * All edits read and applied.
   *
   * @param format how the answer wrote its edits
   * @param patch one whole-file edit per changed or created file; a created file's {@code before}
   *     is empty
   * @param newFiles the paths of {@code patch} that did not exist before
   */
  record Applied(EditFormat format, Patch patch, Set<String> newFiles) implements PatchResult {

    public Applied {
      Objects.requireNonNull(format, "format");
      Objects.requireNonNull(patch, "patch");
      newFiles = Set.copyOf(newFiles);
      if (!patch.paths().containsAll(newFiles))
        throw new IllegalArgumentException("new files not in the patch: " + newFiles);
    }
  }

  /**
   * Nothing applied: at least one problem or failure.
   *
   * @param format how the answer wrote its edits; empty when it holds none
   * @param edits how many edits (blocks, hunks, methods) were read from the answer
   * @param problems what could not be read
   * @param failures the edits that were read but did not apply
   */
  record Failed(
      Optional<EditFormat> format,
      int edits,
      List<AnswerProblem> problems,
      List<BlockFailure> failures)
      implements PatchResult {

    public Failed {
      Objects.requireNonNull(format, "format");
      problems = List.copyOf(problems);
      failures = List.copyOf(failures);
      if (problems.isEmpty() && failures.isEmpty())
        throw new IllegalArgumentException("a failure needs a reason");
      if (edits < 0) throw new IllegalArgumentException("edits " + edits);
    }

    /** This failure with the problems of reading the answer added in front. */
    Failed withProblems(List<AnswerProblem> more) {
      return new Failed(format, edits, concat(more, problems), failures);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
      var all = new java.util.ArrayList<T>(a);
      all.addAll(b);
      return all;
    }
  }
}
