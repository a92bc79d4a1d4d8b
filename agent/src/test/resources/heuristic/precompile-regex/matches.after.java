package demo;

import java.util.List;
import java.util.regex.Pattern;

class Names {

  private static final Pattern LOWERCASE_LETTERS = Pattern.compile("[a-z]+");

  static boolean isIdentifier(String name) {
    return LOWERCASE_LETTERS.matcher(name).matches();
  }

  static List<String> all() {
    return List.of();
  }
}
