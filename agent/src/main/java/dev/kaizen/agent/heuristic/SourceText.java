package dev.kaizen.agent.heuristic;

import com.github.javaparser.JavaToken;
import com.github.javaparser.Position;
import com.github.javaparser.TokenRange;
import com.github.javaparser.ast.Node;
import dev.kaizen.agent.index.LineStarts;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A file's text with JavaParser positions mapped to offsets, and the original text of nodes. Lines
 * end at {@code \r\n}, {@code \n} or {@code \r}, as JavaParser counts them; a column counts
 * characters (a tab is one column, JavaParser's default).
 */
final class SourceText {

  private static final Pattern NOT_A_TAB = Pattern.compile("[^\\t]");

  private final String text;
  private final int[] lineStarts;

  SourceText(String text) {
    this.text = text;
    lineStarts = LineStarts.of(text);
  }

  String text() {
    return text;
  }

  /** The offset of a position. */
  int offset(Position p) {
    return lineStart(p.line) + p.column - 1;
  }

  /** The offset just after the character at a position (a node's end position is inclusive). */
  int offsetAfter(Position p) {
    return offset(p) + 1;
  }

  int lineStart(int line) {
    return lineStarts[line - 1];
  }

  boolean hasLine(int line) {
    return line >= 1 && line <= lineStarts.length;
  }

  /** The text after a position up to the end of its line. */
  String restOfLine(Position p) {
    int from = offsetAfter(p);
    int to = p.line < lineStarts.length ? lineStart(p.line + 1) : text.length();
    return text.substring(Math.min(from, to), to);
  }

  /** The offset where a line's line separator starts (or the end of the text). */
  int lineEnd(int line) {
    int end = line < lineStarts.length ? lineStart(line + 1) : text.length();
    while (end > lineStart(line) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r'))
      end--;
    return end;
  }

  /** The white space a line starts with. */
  String indentOf(int line) {
    int start = lineStart(line);
    int end = start;
    while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) end++;
    return text.substring(start, end);
  }

  /** Whether only white space comes before this position on its line. */
  boolean startsLine(Position p) {
    return text.substring(lineStart(p.line), offset(p)).isBlank();
  }

  /** The line separator the file uses (the first one in it; {@code \n} when it has none). */
  String eol() {
    int i = text.indexOf('\n');
    if (i > 0 && text.charAt(i - 1) == '\r') return "\r\n";
    if (i < 0 && text.indexOf('\r') >= 0) return "\r";
    return "\n";
  }

  /**
   * A node's original text, as the file has it, with the node's first line indented like the other
   * lines of it (what comes before the node on its line counts as indentation) and then the common
   * indentation removed.
   */
  static String code(Node node) {
    Optional<TokenRange> range = node.getTokenRange();
    if (range.isEmpty()) return node.toString();
    var prefix = new StringBuilder();
    Optional<JavaToken> previous = range.get().getBegin().getPreviousToken();
    while (previous.isPresent() && !previous.get().getCategory().isEndOfLine()) {
      prefix.insert(0, previous.get().getText());
      previous = previous.get().getPreviousToken();
    }
    String indent = NOT_A_TAB.matcher(prefix).replaceAll(" ");
    return dedent(indent + range.get());
  }

  /** Removes the indentation all non-blank lines share, and trailing blank lines. */
  static String dedent(String code) {
    List<String> lines = code.lines().toList();
    int common =
        lines.stream()
            .filter(l -> !l.isBlank())
            .mapToInt(l -> l.length() - l.stripLeading().length())
            .min()
            .orElse(0);
    var out = new StringBuilder();
    for (String line : lines) out.append(line.isBlank() ? "" : line.substring(common)).append('\n');
    return out.toString().stripTrailing();
  }

  /**
   * The lines of {@code after} that differ from {@code before}: everything between the longest
   * common run of leading lines and the longest common run of trailing lines, dedented.
   */
  static String changedLines(String before, String after) {
    List<String> a = before.lines().toList();
    List<String> b = after.lines().toList();
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) prefix++;
    int suffix = 0;
    while (suffix < a.size() - prefix
        && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    return dedent(String.join("\n", b.subList(prefix, b.size() - suffix)));
  }
}
