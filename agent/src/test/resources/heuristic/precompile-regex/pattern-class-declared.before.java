package demo;

import java.util.regex.Pattern;

class Shadow {

  static boolean blank(String s) {
    return s.matches("\\s*");
  }

  static class Pattern {
  }
}
