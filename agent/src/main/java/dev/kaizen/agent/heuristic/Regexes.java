package dev.kaizen.agent.heuristic;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/** Facts about regexes: validity, String.split's fast path, and names for Pattern constants. */
final class Regexes {

  private static final Map<String, String> NAMES =
      Map.ofEntries(
          Map.entry("\\s+", "WHITESPACE"),
          Map.entry("\\s*", "OPTIONAL_WHITESPACE"),
          Map.entry("\\s", "WHITESPACE_CHAR"),
          Map.entry("\\s{2,}", "REPEATED_WHITESPACE"),
          Map.entry("^\\s+", "LEADING_WHITESPACE"),
          Map.entry("\\s+$", "TRAILING_WHITESPACE"),
          Map.entry("^\\s+|\\s+$", "SURROUNDING_WHITESPACE"),
          Map.entry(" +", "SPACES"),
          Map.entry("\\s*,\\s*", "COMMA_SEPARATOR"),
          Map.entry(",\\s*", "COMMA_SEPARATOR"),
          Map.entry("\\s*;\\s*", "SEMICOLON_SEPARATOR"),
          Map.entry("\\s*:\\s*", "COLON_SEPARATOR"),
          Map.entry("\\s*=\\s*", "EQUALS_SEPARATOR"),
          Map.entry("\\s*\\|\\s*", "PIPE_SEPARATOR"),
          Map.entry("\\d+", "DIGITS"),
          Map.entry("[0-9]+", "DIGITS"),
          Map.entry("\\d", "DIGIT"),
          Map.entry("[0-9]", "DIGIT"),
          Map.entry("\\D+", "NON_DIGITS"),
          Map.entry("-?\\d+", "INTEGER"),
          Map.entry("\\w+", "WORD"),
          Map.entry("\\W+", "NON_WORD_CHARS"),
          Map.entry("[a-z]+", "LOWERCASE_LETTERS"),
          Map.entry("[A-Z]+", "UPPERCASE_LETTERS"),
          Map.entry("[a-zA-Z]+", "LETTERS"),
          Map.entry("[^a-zA-Z0-9]", "NON_ALPHANUMERIC"),
          Map.entry("[^a-zA-Z0-9]+", "NON_ALPHANUMERIC"),
          Map.entry("\\R", "LINE_BREAK"),
          Map.entry("\\r?\\n", "LINE_BREAK"),
          Map.entry("\n", "NEWLINE"),
          Map.entry("\\n", "NEWLINE"),
          Map.entry("\t", "TAB"),
          Map.entry("\\t", "TAB"),
          Map.entry(",", "COMMA"),
          Map.entry(";", "SEMICOLON"),
          Map.entry(":", "COLON"),
          Map.entry("\\.", "DOT"),
          Map.entry("\\|", "PIPE"));

  private static final Pattern REGEX_SUFFIX = Pattern.compile("_(REGEX|REGEXP|RE)$");
  private static final Pattern PLAIN_WORD = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,19}");
  private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");

  private Regexes() {}

  static boolean compiles(String regex) {
    try {
      Pattern.compile(regex);
      return true;
    } catch (PatternSyntaxException e) {
      return false;
    }
  }

  /**
   * Whether {@code String.split} splits by this regex without compiling a Pattern (the test in
   * {@code String.split(String, int)} since JDK 7): one character that is not one of {@code
   * .$|()[{^?*+\}, or a backslash and one character that is not an ASCII letter or digit, and the
   * character is not a surrogate.
   */
  static boolean splitFastPath(String regex) {
    char ch;
    if (regex.length() == 1) {
      ch = regex.charAt(0);
      if (".$|()[{^?*+\\".indexOf(ch) >= 0) return false;
    } else if (regex.length() == 2 && regex.charAt(0) == '\\') {
      ch = regex.charAt(1);
      if ((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))
        return false;
    } else {
      return false;
    }
    return ch < Character.MIN_HIGH_SURROGATE || ch > Character.MAX_LOW_SURROGATE;
  }

  /**
   * A name for a Pattern constant (not yet made unique): from the String constant the regex came
   * from ({@code SEPARATOR} gives {@code SEPARATOR_PATTERN}), from what a well-known regex means
   * ({@code \s+} gives {@code WHITESPACE}), for a plain word from the word ({@code error} gives
   * {@code ERROR_PATTERN}), and otherwise from the method ({@code SPLIT_PATTERN}).
   */
  static String constantName(String regex, String method, Optional<String> fromConstant) {
    if (fromConstant.isPresent()) {
      String base = REGEX_SUFFIX.matcher(fromConstant.get()).replaceFirst("");
      return base.endsWith("PATTERN") ? "COMPILED_" + base : base + "_PATTERN";
    }
    String known = NAMES.get(regex);
    if (known != null) return known;
    if (PLAIN_WORD.matcher(regex).matches()) return upperSnake(regex) + "_PATTERN";
    return upperSnake(method) + "_PATTERN";
  }

  /** {@code replaceAll} to {@code REPLACE_ALL}. */
  static String upperSnake(String camel) {
    return CAMEL_HUMP.matcher(camel).replaceAll("$1_$2").toUpperCase(Locale.ROOT);
  }
}
