package dev.kaizen.agent.patch;

import dev.kaizen.agent.patch.UnifiedDiff.FileDiff;
import dev.kaizen.agent.patch.UnifiedDiff.Hunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the file headers and hunks of a unified diff in a model's answer, line by line. Hunk line
 * counts are used only to tell where a hunk ends when prose follows it.
 */
final class DiffReader {

  private static final Pattern HUNK =
      Pattern.compile("^@@\\s*-(\\d+)(?:,(\\d+))?\\s+\\+(\\d+)(?:,(\\d+))?\\s*@@.*$");

  /** A hunk header without line numbers, as some models write it. */
  private static final Pattern BARE_HUNK = Pattern.compile("^@@(?:\\s.*)?$");

  private static final String DEV_NULL = "/dev/null";

  private final List<String> lines;
  private final List<FileDiff> diffs = new ArrayList<>();
  private final List<AnswerProblem> problems = new ArrayList<>();

  DiffReader(List<String> lines) {
    this.lines = lines;
  }

  Parsed<FileDiff> read() {
    String path = null;
    boolean creates = false;
    boolean skip = false;
    int headerLine = 0;
    List<Hunk> hunks = new ArrayList<>();
    int i = 0;
    while (i < lines.size()) {
      if (isFileHeader(i)) {
        if (path != null) diffs.add(new FileDiff(path, creates, hunks, headerLine + 1));
        path = null;
        hunks = new ArrayList<>();
        headerLine = i;
        Optional<String> oldPath = headerPath(lines.get(i));
        Optional<String> newPath = headerPath(lines.get(i + 1));
        boolean git =
            oldPath.map(o -> o.startsWith("a/")).orElse(true)
                && newPath.map(n -> n.startsWith("b/")).orElse(true);
        if (git) {
          oldPath = oldPath.map(o -> o.substring(2));
          newPath = newPath.map(n -> n.substring(2));
        }
        skip = true;
        if (newPath.isEmpty()) {
          problems.add(
              new AnswerProblem(i + 2, "deleting files is not supported (`+++ /dev/null`)"));
        } else if (oldPath.isPresent() && !oldPath.get().equals(newPath.get())) {
          problems.add(
              new AnswerProblem(
                  i + 1,
                  "renaming " + oldPath.get() + " to " + newPath.get() + " is not supported"));
        } else if (FileEdit.pathProblem(newPath.get()).isPresent()) {
          problems.add(new AnswerProblem(i + 2, FileEdit.pathProblem(newPath.get()).get()));
        } else {
          path = newPath.get();
          creates = oldPath.isEmpty();
          skip = false;
        }
        i += 2;
        continue;
      }
      if (!isHunkHeader(lines.get(i))) {
        i++;
        continue;
      }
      Matcher m = HUNK.matcher(lines.get(i));
      boolean numbered = m.matches();
      int end = hunkEnd(i, numbered ? m : null);
      if (path == null && !skip) {
        problems.add(
            new AnswerProblem(
                i + 1, "hunk without a `--- a/path` and `+++ b/path` header before it"));
      } else if (path != null) {
        hunks.add(hunk(lines.get(i), numbered ? m : null, lines.subList(i + 1, end)));
      }
      i = end;
    }
    if (path != null) diffs.add(new FileDiff(path, creates, hunks, headerLine + 1));
    return new Parsed<>(diffs, problems);
  }

  static boolean isHunkHeader(String line) {
    return HUNK.matcher(line).matches() || BARE_HUNK.matcher(line).matches();
  }

  private boolean isFileHeader(int i) {
    return i + 1 < lines.size()
        && lines.get(i).startsWith("--- ")
        && lines.get(i + 1).startsWith("+++ ");
  }

  /**
   * The index after the hunk's last line: greedy, cut where the header's counts (when it has
   * numbers, {@code m}) are met at a blank line.
   */
  private int hunkEnd(int header, Matcher m) {
    int end = header + 1;
    while (end < lines.size() && !isFileHeader(end) && isBodyLine(lines.get(end))) end++;
    if (m != null) {
      int oldCount = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
      int newCount = m.group(4) == null ? 1 : Integer.parseInt(m.group(4));
      int olds = 0;
      int news = 0;
      for (int i = header + 1; i < end; i++) {
        if (olds == oldCount && news == newCount && lines.get(i).isEmpty()) return i;
        char c = lines.get(i).isEmpty() ? ' ' : lines.get(i).charAt(0);
        if (c == ' ' || c == '-') olds++;
        if (c == ' ' || c == '+') news++;
      }
    }
    while (end > header + 1 && lines.get(end - 1).isEmpty()) end--;
    return end;
  }

  private static boolean isBodyLine(String line) {
    if (line.startsWith("@@") || line.startsWith("diff ") || Fences.isFenceLine(line)) return false;
    return line.isEmpty() || " +-\\".indexOf(line.charAt(0)) >= 0;
  }

  private static Hunk hunk(String header, Matcher m, List<String> body) {
    var oldLines = new ArrayList<String>();
    var newLines = new ArrayList<String>();
    boolean oldEnds = false;
    boolean newEnds = false;
    char last = ' ';
    for (String line : body) {
      char c = line.isEmpty() ? ' ' : line.charAt(0);
      String content = line.isEmpty() ? "" : line.substring(1);
      if (c == '\\') {
        oldEnds |= last == ' ' || last == '-';
        newEnds |= last == ' ' || last == '+';
        continue;
      }
      if (c == ' ' || c == '-') oldLines.add(content);
      if (c == ' ' || c == '+') newLines.add(content);
      last = c;
    }
    OptionalInt oldStart =
        m == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(m.group(1)));
    int close = header.indexOf("@@", 2);
    return new Hunk(
        close < 0 ? "@@" : header.substring(0, close + 2),
        oldStart,
        oldLines,
        newLines,
        oldEnds,
        newEnds);
  }

  /** The path of a {@code ---} or {@code +++} line without its timestamp; empty for /dev/null. */
  private static Optional<String> headerPath(String line) {
    String p = line.substring(4);
    int tab = p.indexOf('\t');
    if (tab >= 0) p = p.substring(0, tab);
    p = p.strip();
    if (p.startsWith("\"") && p.endsWith("\"") && p.length() > 1)
      p = p.substring(1, p.length() - 1);
    if (p.equals(DEV_NULL)) return Optional.empty();
    if (p.startsWith("./")) p = p.substring(2);
    return Optional.of(p);
  }
}
