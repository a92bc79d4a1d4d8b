package demo;

import java.util.regex.Pattern;

class Spaces {

  private static final Pattern SPACES = Pattern.compile("\s+");
  private static final Pattern REPLACE_ALL_PATTERN = Pattern.compile("\n+");

  static String[] words(String line) {
    return SPACES.split(line);
  }

  static String squeeze(String line) {
    return REPLACE_ALL_PATTERN.matcher(line).replaceAll("\n");
  }
}
