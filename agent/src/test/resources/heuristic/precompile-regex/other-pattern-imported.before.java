package demo;

import com.example.glob.Pattern;

class Globs {

  static boolean blank(String s, Pattern glob) {
    return s.matches("\\s*");
  }
}
