package demo;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

class Versions {

  private static final Pattern DIGITS = Pattern.compile("\\d+");
  private static final String PREFIX = "v";

  static boolean isVersion(String s) {
    return s.matches("\\d+");
  }

  static String[] parts(String s) {
    return s.split("\\s*;\\s*");
  }

  static Matcher digits(String s) {
    return DIGITS.matcher(s);
  }
}
