package dev.kaizen.agent.report;

/** Escaping for HTML and SVG text and attribute values. */
public final class Html {

  private Html() {}

  /**
   * {@code s} as safe text in an element or a quoted attribute value: {@code & < > " '} become
   * character references, and control characters XML does not allow are dropped. Null is empty.
   */
  public static String escape(String s) {
    if (s == null) return "";
    var out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0xFFFE || c == 0xFFFF)
            continue;
          out.append(c);
        }
      }
    }
    return out.toString();
  }

  /**
   * {@code s} as part of an element id: letters, digits, {@code -} and {@code _} only, never empty.
   */
  public static String id(String s) {
    String cleaned = s == null ? "" : s.replaceAll("[^A-Za-z0-9_-]", "-");
    return cleaned.isEmpty() ? "_" : cleaned;
  }

  /** The first {@code max} characters of {@code s}, with an ellipsis when cut; null is empty. */
  public static String shorten(String s, int max) {
    if (s == null) return "";
    String one = s.replaceAll("\\s+", " ").strip();
    if (one.length() <= max) return one;
    return one.substring(0, Math.max(0, max - 1)).stripTrailing() + "…";
  }
}
