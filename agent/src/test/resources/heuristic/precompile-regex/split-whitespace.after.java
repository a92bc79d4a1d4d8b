package demo;

import java.util.regex.Pattern;

public class Words {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  /** Splits a line into words. */
  static String[] words(String line) {
    return WHITESPACE.split(line);
  }
}
