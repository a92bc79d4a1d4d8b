package dev.kaizen.agent.patch;

import com.github.javaparser.Position;
import dev.kaizen.agent.index.LineStarts;

/**
 * Maps JavaParser positions in a text to offsets. Lines end at {@code \r\n}, {@code \n} or {@code
 * \r}, as JavaParser counts them; a column counts characters (a tab is one column).
 */
final class SourcePositions {

  private final String text;
  private final int[] lineStarts;

  SourcePositions(String text) {
    this.text = text;
    lineStarts = LineStarts.of(text);
  }

  int offset(Position p) {
    return lineStarts[p.line - 1] + p.column - 1;
  }

  /** The offset just after the character at a position (a node's end position is inclusive). */
  int offsetAfter(Position p) {
    return offset(p) + 1;
  }

  /** The spaces and tabs the line holding {@code offset} starts with. */
  String indentAt(int offset) {
    int line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
    int start = lineStarts[line];
    return text.substring(start, start + Indentation.leadLength(text.substring(start)));
  }
}
