package dev.kaizen.agent.index;

import java.util.ArrayList;

/**
 * Where each line of a text starts, as JavaParser counts lines: a line ends at {@code \r\n}, {@code
 * \n} or {@code \r}.
 */
public final class LineStarts {

  private LineStarts() {}

  /** The offset of the first character of each line; entry {@code i} is line {@code i + 1}. */
  public static int[] of(String text) {
    var starts = new ArrayList<Integer>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')))
        starts.add(i + 1);
    }
    return starts.stream().mapToInt(Integer::intValue).toArray();
  }
}
