package dev.kaizen.agent.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads and applies unified diffs as models write them: {@code --- a/x} and {@code +++ b/x}
 * headers, {@code @@ -l,n +l,n @@} hunks (line numbers optional, counts not trusted), prose and
 * fences around them. A hunk applies where its context and removed lines match, preferring the
 * place nearest its line number; models' line numbers are often a little off.
 */
public final class UnifiedDiff {

  /**
   * The hunks for one file.
   *
   * @param path the file
   * @param creates whether the diff creates the file ({@code --- /dev/null})
   * @param hunks in the order they apply
   * @param line the 1-based line of the answer where the {@code ---} header is
   */
  public record FileDiff(String path, boolean creates, List<Hunk> hunks, int line) {

    public FileDiff {
      Objects.requireNonNull(path, "path");
      hunks = List.copyOf(hunks);
    }
  }

  /**
   * One hunk.
   *
   * @param header the {@code @@} line as written
   * @param oldStart the 1-based line the hunk says it starts at in the old file, if it says
   * @param oldLines the context and removed lines, in order
   * @param newLines the context and added lines, in order
   * @param oldEndsFile whether a "No newline at end of file" mark follows its last old line
   * @param newEndsFile whether a "No newline at end of file" mark follows its last new line
   */
  public record Hunk(
      String header,
      OptionalInt oldStart,
      List<String> oldLines,
      List<String> newLines,
      boolean oldEndsFile,
      boolean newEndsFile) {

    public Hunk {
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(oldStart, "oldStart");
      oldLines = List.copyOf(oldLines);
      newLines = List.copyOf(newLines);
    }
  }

  private UnifiedDiff() {}

  /**
   * The file diffs of an answer, and a problem for each part that looks like a diff but cannot be
   * used.
   */
  public static Parsed<FileDiff> tryParse(String answer) {
    return new DiffReader(AnswerLines.of(answer)).read();
  }

  /** Applies the diffs to the files, or says why each hunk that does not apply fails. */
  public static PatchResult tryApply(List<FileDiff> diffs, FileTexts files, ApplyOptions options) {
    var working = new WorkingFiles(files);
    var failures = new ArrayList<BlockFailure>();
    int index = 0;
    for (FileDiff diff : diffs) {
      failures.addAll(apply(diff, index + 1, working, options));
      index += Math.max(1, diff.hunks().size());
    }
    return working.result(EditFormat.UNIFIED_DIFF, index, failures);
  }

  private static List<BlockFailure> apply(
      FileDiff diff, int firstIndex, WorkingFiles working, ApplyOptions options) {
    String path = diff.path();
    Optional<String> current = working.read(path);
    boolean onlyAdds = diff.hunks().stream().allMatch(h -> h.oldLines().isEmpty());
    if (diff.creates() || (current.isEmpty() && onlyAdds)) {
      if (current.isPresent() && !current.get().isBlank()) {
        return List.of(
            new BlockFailure(
                path,
                firstIndex,
                "the diff creates "
                    + path
                    + " but it already exists; diff against its current lines"));
      }
      if (current.isEmpty() && !options.allowNewFiles()) {
        return List.of(
            new BlockFailure(
                path, firstIndex, path + " does not exist, and this change may not create files"));
      }
      TextLines text = TextLines.of("");
      for (Hunk h : diff.hunks()) {
        text = text.replace(text.size(), 0, h.newLines());
        if (h.newEndsFile()) text = text.withLastEol("");
      }
      working.write(path, text.text());
      return List.of();
    }
    if (current.isEmpty())
      return List.of(new BlockFailure(path, firstIndex, path + " does not exist"));
    var failures = new ArrayList<BlockFailure>();
    TextLines text = TextLines.of(current.get());
    int drift = 0;
    for (int i = 0; i < diff.hunks().size(); i++) {
      Hunk h = diff.hunks().get(i);
      int index = firstIndex + i;
      OptionalInt expected =
          h.oldStart().isPresent()
              ? OptionalInt.of(
                  Math.max(
                      0,
                      Math.min(
                          text.size(),
                          h.oldStart().getAsInt() - (h.oldLines().isEmpty() ? 0 : 1) + drift)))
              : OptionalInt.empty();
      if (h.oldLines().isEmpty()) {
        if (expected.isEmpty()) {
          failures.add(
              new BlockFailure(
                  path,
                  index,
                  "the hunk "
                      + h.header()
                      + " has no context lines and no line numbers; add a few unchanged lines around the change"));
          continue;
        }
        text = text.replace(expected.getAsInt(), 0, h.newLines());
        drift += h.newLines().size();
        continue;
      }
      Locator.Location location = Locator.locate(text.contents(), h.oldLines(), expected);
      if (location instanceof Locator.Found found) {
        boolean reachesEnd = found.start() + h.oldLines().size() == text.size();
        text =
            text.replace(
                found.start(), h.oldLines().size(), found.indentation().apply(h.newLines()));
        if (reachesEnd && h.newEndsFile()) text = text.withLastEol("");
        if (reachesEnd && h.oldEndsFile() && !h.newEndsFile()) text = text.withLastEol(text.eol());
        drift +=
            found.start()
                - expected.orElse(found.start())
                + h.newLines().size()
                - h.oldLines().size();
      } else if (location instanceof Locator.Ambiguous ambiguous) {
        failures.add(
            new BlockFailure(
                path,
                index,
                "the hunk "
                    + h.header()
                    + " matches "
                    + Failures.places(ambiguous.lines())
                    + "; add context lines to make it unique"));
      } else {
        Optional<NearestLines> nearest = ((Locator.Missing) location).nearest();
        failures.add(
            new BlockFailure(
                path, index, Failures.missing("the hunk " + h.header(), path, nearest), nearest));
      }
    }
    working.write(path, text.text());
    return failures;
  }
}
