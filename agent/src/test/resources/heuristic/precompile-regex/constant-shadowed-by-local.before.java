package demo;

class Shadowed {

  static final String SEP = "\\s+";

  static String[] parts(String s) {
    String SEP = "\\s*,\\s*";
    return s.split(SEP);
  }
}
