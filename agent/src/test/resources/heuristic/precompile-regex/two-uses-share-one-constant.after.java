package demo;

import java.util.regex.Pattern;

class Tokens {

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  static int count(String text) {
    return WHITESPACE.split(text).length;
  }

  static String first(String text) {
    return WHITESPACE.split(text.strip())[0];
  }
}
