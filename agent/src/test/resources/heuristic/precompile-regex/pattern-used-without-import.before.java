package demo;

class SamePackagePattern {

  Pattern pattern;

  static boolean blank(String s) {
    return s.matches("\\s*");
  }
}
