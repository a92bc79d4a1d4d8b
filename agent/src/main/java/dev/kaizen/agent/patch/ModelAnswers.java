package dev.kaizen.agent.patch;

import java.util.List;
import java.util.Optional;

/**
 * The front of this package for the {@code llm} proposer: turns a model's answer into a patch,
 * whichever {@link EditFormat} it uses, or into the failures to send back to the model (see {@link
 * RepairMessage}). Bad model output is never an exception.
 *
 * <pre>{@code
 * PatchResult result = ModelAnswers.toPatch(answer, path -> workspace.read(commit, path), ApplyOptions.defaults());
 * if (result instanceof PatchResult.Failed failed) reply(RepairMessage.render(failed));
 * }</pre>
 */
public final class ModelAnswers {

  private ModelAnswers() {}

  /** Reads the answer's edits in the format it uses and applies them all, or none. */
  public static PatchResult toPatch(String answer, FileTexts files, ApplyOptions options) {
    Optional<EditFormat> format = EditFormat.detect(answer);
    if (format.isEmpty()) {
      return new PatchResult.Failed(
          Optional.empty(),
          0,
          List.of(
              new AnswerProblem(
                  0,
                  "the answer holds no edits: no SEARCH/REPLACE blocks, no unified diff and no fenced Java method")),
          List.of());
    }
    return switch (format.get()) {
      case SEARCH_REPLACE -> {
        Parsed<SearchReplaceBlock> parsed = SearchReplaceBlocks.tryParse(answer);
        yield combine(
            format.get(), parsed, SearchReplaceBlocks.tryApply(parsed.edits(), files, options));
      }
      case UNIFIED_DIFF -> {
        Parsed<UnifiedDiff.FileDiff> parsed = UnifiedDiff.tryParse(answer);
        yield combine(format.get(), parsed, UnifiedDiff.tryApply(parsed.edits(), files, options));
      }
      case WHOLE_METHOD -> {
        Parsed<MethodBlock> parsed = WholeMethods.tryParse(answer, options);
        yield combine(format.get(), parsed, WholeMethods.tryApply(parsed.edits(), files, options));
      }
    };
  }

  /** The applied result, unless reading found problems (reported with any failures of the rest). */
  private static PatchResult combine(EditFormat format, Parsed<?> parsed, PatchResult applied) {
    if (applied instanceof PatchResult.Failed failed) return failed.withProblems(parsed.problems());
    if (parsed.isClean() && !((PatchResult.Applied) applied).patch().edits().isEmpty())
      return applied;
    if (parsed.isClean()) {
      String reason =
          parsed.edits().isEmpty()
              ? "the answer holds no edits"
              : "the edits change nothing: the new text equals the old";
      return new PatchResult.Failed(
          Optional.of(format),
          parsed.edits().size(),
          List.of(new AnswerProblem(0, reason)),
          List.of());
    }
    return new PatchResult.Failed(
        Optional.of(format), parsed.edits().size(), parsed.problems(), List.of());
  }
}
