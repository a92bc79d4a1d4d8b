package demo;

class Broken {

  static boolean odd(String s) {
    try {
      return s.matches("[unclosed");
    } catch (java.util.regex.PatternSyntaxException e) {
      return false;
    }
  }
}
