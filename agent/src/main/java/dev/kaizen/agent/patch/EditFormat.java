package dev.kaizen.agent.patch;

import java.util.List;
import java.util.Optional;

/** The ways a model can write its edits in an answer. */
public enum EditFormat {

  /**
   * Aider-style {@code <<<<<<< SEARCH} / {@code =======} / {@code >>>>>>> REPLACE} blocks under a
   * file path.
   */
  SEARCH_REPLACE("SEARCH/REPLACE block"),
  /** A unified diff: {@code --- a/x}, {@code +++ b/x} and {@code @@ -l,n +l,n @@} hunks. */
  UNIFIED_DIFF("hunk"),
  /** Fenced Java methods, each replacing the method of the same name and parameter types. */
  WHOLE_METHOD("method block");

  private final String unit;

  EditFormat(String unit) {
    this.unit = unit;
  }

  /**
   * What one edit of this format is called in messages to the model: "hunk", "SEARCH/REPLACE
   * block".
   */
  public String unit() {
    return unit;
  }

  /**
   * The format an answer uses: SEARCH/REPLACE markers win, then a diff with file headers and a
   * hunk, then a fenced Java (or unlabelled) code block; empty when the answer holds no edits.
   */
  public static Optional<EditFormat> detect(String answer) {
    List<String> lines = AnswerLines.of(answer);
    if (lines.stream().anyMatch(SearchReplaceBlocks::isMarker)) return Optional.of(SEARCH_REPLACE);
    boolean header = false;
    for (int i = 0; i + 1 < lines.size(); i++) {
      header |= lines.get(i).startsWith("--- ") && lines.get(i + 1).startsWith("+++ ");
    }
    if (header && lines.stream().anyMatch(DiffReader::isHunkHeader))
      return Optional.of(UNIFIED_DIFF);
    if (!Fences.javaBlocks(lines).isEmpty()) return Optional.of(WHOLE_METHOD);
    return Optional.empty();
  }
}
