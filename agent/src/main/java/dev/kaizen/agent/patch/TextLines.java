package dev.kaizen.agent.patch;

import java.util.ArrayList;
import java.util.List;

/**
 * A file's text as lines, each with the separator that ended it ({@code \r\n}, {@code \n}, {@code
 * \r}, or nothing for a last line without one), so that replacing some lines leaves every other
 * byte as it was. New lines get the file's own separator.
 */
final class TextLines {

  private final List<String> contents;
  private final List<String> eols;

  private TextLines(List<String> contents, List<String> eols) {
    this.contents = contents;
    this.eols = eols;
  }

  static TextLines of(String text) {
    var contents = new ArrayList<String>();
    var eols = new ArrayList<String>();
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\n' && c != '\r') continue;
      int next = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? i + 2 : i + 1;
      contents.add(text.substring(start, i));
      eols.add(text.substring(i, next));
      start = next;
      i = next - 1;
    }
    if (start < text.length()) {
      contents.add(text.substring(start));
      eols.add("");
    }
    return new TextLines(contents, eols);
  }

  /** The lines without their separators. */
  List<String> contents() {
    return List.copyOf(contents);
  }

  int size() {
    return contents.size();
  }

  /** The separator the file uses: its first one, or {@code \n} when it has none. */
  String eol() {
    return eols.stream().filter(e -> !e.isEmpty()).findFirst().orElse("\n");
  }

  /**
   * These lines with {@code count} lines from {@code start} (0-based) replaced by {@code lines}.
   * The last new line keeps the separator of the last replaced line (so a file that ended without
   * one still does); lines inserted after such a last line end it with the file's separator.
   */
  TextLines replace(int start, int count, List<String> lines) {
    if (start < 0 || count < 0 || start + count > size()) {
      throw new IndexOutOfBoundsException(start + "+" + count + " of " + size());
    }
    String eol = eol();
    var newContents = new ArrayList<>(contents.subList(0, start));
    var newEols = new ArrayList<>(eols.subList(0, start));
    for (String line : lines) {
      newContents.add(line);
      newEols.add(eol);
    }
    if (!lines.isEmpty()) {
      if (count > 0) {
        newEols.set(newEols.size() - 1, eols.get(start + count - 1));
      } else if (start == size() && start > 0 && eols.get(start - 1).isEmpty()) {
        newEols.set(start - 1, eol);
        newEols.set(newEols.size() - 1, "");
      }
    }
    newContents.addAll(contents.subList(start + count, size()));
    newEols.addAll(eols.subList(start + count, size()));
    return new TextLines(newContents, newEols);
  }

  /** These lines with the last one ended by {@code eol} (or by nothing). */
  TextLines withLastEol(String eol) {
    if (contents.isEmpty()) return this;
    var newEols = new ArrayList<>(eols);
    newEols.set(newEols.size() - 1, eol);
    return new TextLines(contents, newEols);
  }

  String text() {
    var out = new StringBuilder();
    for (int i = 0; i < size(); i++) out.append(contents.get(i)).append(eols.get(i));
    return out.toString();
  }

  /** Lines {@code from} to {@code to} (0-based, exclusive), each ended by {@code \n}. */
  String excerpt(int from, int to) {
    var out = new StringBuilder();
    for (int i = from; i < to; i++) out.append(contents.get(i)).append('\n');
    return out.toString();
  }
}
