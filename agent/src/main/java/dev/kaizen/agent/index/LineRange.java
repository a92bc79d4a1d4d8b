package dev.kaizen.agent.index;

/**
 * An inclusive range of 1-based source lines.
 *
 * @param begin the first line
 * @param end the last line, not before {@code begin}
 */
public record LineRange(int begin, int end) {

  public LineRange {
    if (begin < 1 || end < begin) {
      throw new IllegalArgumentException("not a line range: " + begin + "-" + end);
    }
  }

  /** How many lines the range spans. */
  public int lines() {
    return end - begin + 1;
  }

  public boolean contains(int line) {
    return line >= begin && line <= end;
  }

  @Override
  public String toString() {
    return begin + "-" + end;
  }
}
