package dev.kaizen.agent.patch;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Reads and applies SEARCH/REPLACE blocks as aider popularised them:
 *
 * <pre>
 * src/main/java/demo/A.java
 * ```java
 * &lt;&lt;&lt;&lt;&lt;&lt;&lt; SEARCH
 *     the exact old lines
 * =======
 *     the new lines
 * &gt;&gt;&gt;&gt;&gt;&gt;&gt; REPLACE
 * ```
 * </pre>
 *
 * A block without a path line is for the file of the block before it. An empty SEARCH creates the
 * file (when the caller allows new files). Blocks apply in order, each to the result of the ones
 * before.
 */
public final class SearchReplaceBlocks {

  private static final Pattern HEAD = Pattern.compile("^\\s*<{5,9} ?SEARCH>?\\s*$");
  private static final Pattern DIVIDER = Pattern.compile("^\\s*={5,9}\\s*$");
  private static final Pattern UPDATED = Pattern.compile("^\\s*>{5,9} ?REPLACE\\s*$");

  private SearchReplaceBlocks() {}

  /** Whether a line is a SEARCH or REPLACE marker (the divider alone could be prose). */
  static boolean isMarker(String line) {
    return HEAD.matcher(line).matches() || UPDATED.matcher(line).matches();
  }

  /**
   * The blocks of an answer, and a problem for each part that looks like a block but is not one.
   */
  public static Parsed<SearchReplaceBlock> tryParse(String answer) {
    return new Reader(AnswerLines.of(answer)).read();
  }

  /** Applies the blocks to the files, or says why each block that does not apply fails. */
  public static PatchResult tryApply(
      List<SearchReplaceBlock> blocks, FileTexts files, ApplyOptions options) {
    var working = new WorkingFiles(files);
    var failures = new ArrayList<BlockFailure>();
    for (int i = 0; i < blocks.size(); i++) {
      apply(blocks.get(i), i + 1, working, options).ifPresent(failures::add);
    }
    return working.result(EditFormat.SEARCH_REPLACE, blocks.size(), failures);
  }

  private static Optional<BlockFailure> apply(
      SearchReplaceBlock block, int index, WorkingFiles working, ApplyOptions options) {
    String path = block.path();
    Optional<String> current = working.read(path);
    if (block.searchIsEmpty()) return create(block, index, current, working, options);
    if (current.isEmpty()) {
      return Optional.of(
          new BlockFailure(
              path,
              index,
              path
                  + " does not exist"
                  + (options.allowNewFiles()
                      ? "; to create it, leave the SEARCH section empty"
                      : "")));
    }
    TextLines lines = TextLines.of(current.get());
    Locator.Location location =
        Locator.locate(lines.contents(), block.search(), OptionalInt.empty());
    if (location instanceof Locator.Found found) {
      List<String> replacement = found.indentation().apply(block.replace());
      working.write(path, lines.replace(found.start(), block.search().size(), replacement).text());
      return Optional.empty();
    }
    if (location instanceof Locator.Ambiguous ambiguous) {
      return Optional.of(
          new BlockFailure(
              path,
              index,
              "SEARCH matches "
                  + Failures.places(ambiguous.lines())
                  + "; add surrounding lines to make it unique"));
    }
    Optional<NearestLines> nearest = ((Locator.Missing) location).nearest();
    return Optional.of(
        new BlockFailure(
            path,
            index,
            Failures.missing("SEARCH", path, nearest) + alreadyThere(lines, block),
            nearest));
  }

  private static Optional<BlockFailure> create(
      SearchReplaceBlock block,
      int index,
      Optional<String> current,
      WorkingFiles working,
      ApplyOptions options) {
    String path = block.path();
    if (current.isPresent() && !current.get().isBlank()) {
      return Optional.of(
          new BlockFailure(
              path,
              index,
              "SEARCH is empty but "
                  + path
                  + " already exists; quote the lines to replace in SEARCH"));
    }
    if (current.isEmpty() && !options.allowNewFiles()) {
      return Optional.of(
          new BlockFailure(
              path, index, path + " does not exist, and this change may not create files"));
    }
    String eol = current.map(t -> TextLines.of(t).eol()).orElse("\n");
    var text = new StringBuilder();
    for (String line : block.replace()) text.append(line).append(eol);
    working.write(path, text.toString());
    return Optional.empty();
  }

  /** A hint when the block's new lines are in the file already (the model applied it twice). */
  private static String alreadyThere(TextLines lines, SearchReplaceBlock block) {
    if (block.replace().stream().allMatch(String::isBlank)) return "";
    Locator.Location replaced =
        Locator.locate(lines.contents(), block.replace(), OptionalInt.empty());
    return replaced instanceof Locator.Found f
        ? "; its REPLACE lines are already there (line "
            + (f.start() + 1)
            + "), so drop the block if it was applied before"
        : "";
  }

  /** Reads the blocks line by line. */
  private static final class Reader {

    private final List<String> lines;
    private final List<SearchReplaceBlock> blocks = new ArrayList<>();
    private final List<AnswerProblem> problems = new ArrayList<>();
    private String lastPath;
    private int floor;

    Reader(List<String> lines) {
      this.lines = lines;
    }

    Parsed<SearchReplaceBlock> read() {
      int i = 0;
      while (i < lines.size()) {
        String line = lines.get(i);
        if (HEAD.matcher(line).matches()) {
          i = block(i);
        } else {
          if (UPDATED.matcher(line).matches())
            problem(i, "`>>>>>>> REPLACE` without a `<<<<<<< SEARCH` before it");
          i++;
        }
      }
      return new Parsed<>(blocks, problems);
    }

    /** Reads the block whose SEARCH marker is at {@code head}; returns the index to go on from. */
    private int block(int head) {
      int divider = head + 1;
      while (divider < lines.size() && !isAnyMarker(lines.get(divider))) divider++;
      if (divider == lines.size()) {
        problem(
            head,
            "unterminated block: `<<<<<<< SEARCH` is not followed by `=======` and `>>>>>>> REPLACE`");
        return lines.size();
      }
      if (HEAD.matcher(lines.get(divider)).matches()) {
        problem(
            divider,
            "`<<<<<<< SEARCH` again before the `=======` of the block at line " + (head + 1));
        return divider;
      }
      if (UPDATED.matcher(lines.get(divider)).matches()) {
        problem(
            divider, "`>>>>>>> REPLACE` before the `=======` of the block at line " + (head + 1));
        floor = divider + 1;
        return divider + 1;
      }
      int end = divider + 1;
      while (end < lines.size() && !isAnyMarker(lines.get(end))) end++;
      if (end == lines.size()) {
        problem(
            head,
            "unterminated block: no `>>>>>>> REPLACE` after its `=======` (line "
                + (divider + 1)
                + ")");
        return lines.size();
      }
      if (HEAD.matcher(lines.get(end)).matches()) {
        problem(
            end,
            "`<<<<<<< SEARCH` before the `>>>>>>> REPLACE` of the block at line " + (head + 1));
        return end;
      }
      if (DIVIDER.matcher(lines.get(end)).matches()) {
        problem(
            end,
            "a second `=======` in the block at line "
                + (head + 1)
                + "; expected `>>>>>>> REPLACE`");
        while (end < lines.size()
            && !UPDATED.matcher(lines.get(end)).matches()
            && !HEAD.matcher(lines.get(end)).matches()) end++;
        floor = Math.min(end + 1, lines.size());
        return end < lines.size() && UPDATED.matcher(lines.get(end)).matches() ? end + 1 : end;
      }
      add(head, lines.subList(head + 1, divider), lines.subList(divider + 1, end));
      floor = end + 1;
      return end + 1;
    }

    private void add(int head, List<String> search, List<String> replace) {
      Optional<String> path = PathLines.above(lines, head, floor);
      if (path.isEmpty() && lastPath == null) {
        problem(
            head,
            "block without a file path; put the file's path on the line above the block (or its opening fence)");
        return;
      }
      String p = path.orElse(lastPath);
      Optional<String> bad = FileEdit.pathProblem(p);
      if (bad.isPresent()) {
        problem(head, bad.get());
        return;
      }
      blocks.add(new SearchReplaceBlock(p, search, replace, head + 1));
      lastPath = p;
    }

    private static boolean isAnyMarker(String line) {
      return HEAD.matcher(line).matches()
          || DIVIDER.matcher(line).matches()
          || UPDATED.matcher(line).matches();
    }

    private void problem(int index, String reason) {
      problems.add(new AnswerProblem(index + 1, reason));
    }
  }
}
