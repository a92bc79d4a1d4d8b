package dev.kaizen.agent.redteam;

/** Offsets and indentation in a source file's text, by 1-based line. */
final class TemplateText {

  private TemplateText() {}

  /** The offset where 1-based {@code line} starts; the text's length past its last line. */
  static int lineStart(String text, int line) {
    int offset = 0;
    for (int n = 1; n < line; n++) {
      int nl = text.indexOf('\n', offset);
      if (nl < 0) return text.length();
      offset = nl + 1;
    }
    return offset;
  }

  /** The leading spaces and tabs of the line that starts at {@code offset}. */
  static String indentAt(String text, int offset) {
    int end = offset;
    while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) end++;
    return text.substring(offset, end);
  }

  /** {@code block}'s lines, each indented with {@code indent}, ending with a newline. */
  static String indented(String block, String indent) {
    var out = new StringBuilder();
    for (String line : block.strip().split("\n", -1)) {
      out.append(line.isBlank() ? "" : indent + line.stripTrailing()).append('\n');
    }
    return out.toString();
  }
}
