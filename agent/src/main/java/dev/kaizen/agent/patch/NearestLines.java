package dev.kaizen.agent.patch;

import java.util.Objects;

/**
 * The lines of a file that come closest to lines a model expected there.
 *
 * @param firstLine 1-based, inclusive
 * @param lastLine 1-based, inclusive
 * @param similarity from 0 (nothing alike) to 1 (equal but for surrounding white space)
 * @param text the lines as the file has them, each ended by {@code \n}
 */
public record NearestLines(int firstLine, int lastLine, double similarity, String text) {

  public NearestLines {
    Objects.requireNonNull(text, "text");
    if (firstLine < 1 || lastLine < firstLine)
      throw new IllegalArgumentException("lines " + firstLine + "-" + lastLine);
    if (!(similarity >= 0 && similarity <= 1))
      throw new IllegalArgumentException("similarity " + similarity);
  }

  /** "lines 12-18" or "line 12". */
  public String where() {
    return firstLine == lastLine ? "line " + firstLine : "lines " + firstLine + "-" + lastLine;
  }

  /** The similarity as a whole percentage, rounded down so that a near miss never shows as 100%. */
  public int percent() {
    return (int) Math.floor(similarity * 100);
  }
}
