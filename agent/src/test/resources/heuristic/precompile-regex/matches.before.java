package demo;

import java.util.List;

class Names {

  static boolean isIdentifier(String name) {
    return name.matches("[a-z]+");
  }

  static List<String> all() {
    return List.of();
  }
}
