package dev.kaizen.agent.patch;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises a file path on a line of its own, as models write it above an edit: bare, in
 * backticks, in bold, after a heading mark, with a trailing colon.
 */
final class PathLines {

  /** A file name has an extension; a path may also be a directory path ending in a file name. */
  private static final Pattern PATH =
      Pattern.compile(
          "(?:[\\w.@+-]+/)*[\\w@+-][\\w.@+-]*\\.[A-Za-z0-9]+|(?:[\\w.@+-]+/)+[\\w@+-][\\w.@+-]*");

  private static final int LOOK_BACK = 3;

  private PathLines() {}

  /** The path a line holds, cleaned of decoration, or empty when the line is not just a path. */
  static Optional<String> path(String line) {
    String s = line.strip();
    s = s.replaceFirst("^#+\\s*", "");
    s = s.replaceFirst("(?i)^(file|path)\\s*:\\s*", "");
    boolean changed = true;
    while (changed && !s.isEmpty()) {
      String before = s;
      s = s.strip();
      if (s.endsWith(":")) s = s.substring(0, s.length() - 1);
      s = strip(s, "**");
      s = strip(s, "__");
      s = strip(s, "`");
      s = strip(s, "*");
      changed = !s.equals(before);
    }
    if (s.startsWith("./")) s = s.substring(2);
    return PATH.matcher(s).matches() ? Optional.of(s) : Optional.empty();
  }

  /**
   * The path on the nearest of the few text lines (not blank, not fences) above {@code index},
   * looking no higher than {@code floor} (0-based, inclusive): a path may stand above a line of
   * prose that introduces the block.
   */
  static Optional<String> above(List<String> lines, int index, int floor) {
    int seen = 0;
    for (int i = index - 1; i >= floor && seen < LOOK_BACK; i--) {
      String line = lines.get(i);
      if (line.isBlank() || Fences.isFenceLine(line)) continue;
      Optional<String> path = path(line);
      if (path.isPresent()) return path;
      seen++;
    }
    return Optional.empty();
  }

  private static String strip(String s, String mark) {
    return s.length() >= 2 * mark.length() && s.startsWith(mark) && s.endsWith(mark)
        ? s.substring(mark.length(), s.length() - mark.length())
        : s;
  }
}
