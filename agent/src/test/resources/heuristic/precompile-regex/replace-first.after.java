package demo;

import java.util.regex.Pattern;

class Accessors {

  private static final Pattern REPLACE_FIRST_PATTERN = Pattern.compile("^(get|is)");

  static String property(String getter) {
    String name = REPLACE_FIRST_PATTERN.matcher(getter).replaceFirst("");
    return name.isEmpty() ? getter : name;
  }
}
