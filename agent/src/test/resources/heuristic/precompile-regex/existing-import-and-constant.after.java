package demo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

class Versions {

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final Pattern SEMICOLON_SEPARATOR = Pattern.compile("\\s*;\\s*");
  private static final String PREFIX = "v";

  static boolean isVersion(String s) {
    return DIGITS.matcher(s).matches();
  }

  static String[] parts(String s) {
    return SEMICOLON_SEPARATOR.split(s);
  }

  static Matcher digits(String s) {
    return DIGITS.matcher(s);
  }
}
