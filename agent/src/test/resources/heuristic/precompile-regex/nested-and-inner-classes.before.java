package demo;

class Outer {

  int size;

  static class Nested {

    // the only member
    static boolean blank(String s) {
      return s.matches("\\s*");
    }
  }

  class Inner {
    boolean digits(String s) {
      return s.matches("\\d+");
    }
  }

  enum Mode {
    FAST;

    static class Parser {
      static String[] words(String s) {
        return s.split("\\s+");
      }
    }
  }

  interface Callback {
    class Impl {
      boolean word(String s) {
        return s.matches("\\w+");
      }
    }
  }
}
