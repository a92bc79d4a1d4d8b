package demo;

class Holder {

  class Checker extends Base {
    boolean blank(String s) {
      return s.matches("\\s*");
    }
  }

  static class Base {
  }
}
