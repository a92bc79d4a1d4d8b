package dev.kaizen.agent.heuristic;

import com.github.javaparser.ast.expr.StringLiteralExpr;
import java.util.Optional;

/**
 * The exact value of a Java string literal, which {@code StringLiteralExpr.asString()} does not
 * always give (it reads {@code "\s"}, Java 15's escape for a space, as {@code s}), and a one-line
 * display form of a string.
 */
final class JavaStrings {

  private JavaStrings() {}

  /**
   * The literal's value: unicode escapes first, then escape sequences (JLS 3.3, 3.10.7); empty for
   * an unknown escape.
   */
  static Optional<String> value(StringLiteralExpr literal) {
    return unescape(unicode(literal.getValue()));
  }

  private static String unicode(String raw) {
    var out = new StringBuilder();
    int backslashes = 0;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '\\' && backslashes % 2 == 0 && i + 1 < raw.length() && raw.charAt(i + 1) == 'u') {
        int j = i + 1;
        while (j < raw.length() && raw.charAt(j) == 'u') j++;
        if (j + 4 <= raw.length()
            && raw.substring(j, j + 4).chars().allMatch(h -> Character.digit(h, 16) >= 0)) {
          out.append((char) Integer.parseInt(raw.substring(j, j + 4), 16));
          i = j + 3;
          backslashes = 0;
          continue;
        }
      }
      backslashes = c == '\\' ? backslashes + 1 : 0;
      out.append(c);
    }
    return out.toString();
  }

  private static Optional<String> unescape(String s) {
    var out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (++i == s.length()) return Optional.empty();
      char e = s.charAt(i);
      switch (e) {
        case 'b' -> out.append('\b');
        case 't' -> out.append('\t');
        case 'n' -> out.append('\n');
        case 'f' -> out.append('\f');
        case 'r' -> out.append('\r');
        case 's' -> out.append(' ');
        case '"', '\'', '\\' -> out.append(e);
        default -> {
          if (e < '0' || e > '7') return Optional.empty();
          int max = e <= '3' ? 3 : 2;
          int end = i;
          while (end < s.length() && end - i < max && s.charAt(end) >= '0' && s.charAt(end) <= '7')
            end++;
          out.append((char) Integer.parseInt(s.substring(i, end), 8));
          i = end - 1;
        }
      }
    }
    return Optional.of(out.toString());
  }

  /** The string on one line: control characters as Java escapes ({@code \n}, {@code \u0000}). */
  static String display(String s) {
    var out = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (Character.isISOControl(c)
              || Character.getType(c) == Character.LINE_SEPARATOR
              || Character.getType(c) == Character.PARAGRAPH_SEPARATOR) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
