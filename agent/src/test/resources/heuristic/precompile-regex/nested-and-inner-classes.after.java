package demo;

import java.util.regex.Pattern;

class Outer {

  private static final Pattern DIGITS = Pattern.compile("\\d+");

  int size;

  static class Nested {

    private static final Pattern OPTIONAL_WHITESPACE = Pattern.compile("\\s*");

    // the only member
    static boolean blank(String s) {
      return OPTIONAL_WHITESPACE.matcher(s).matches();
    }
  }

  class Inner {
    boolean digits(String s) {
      return DIGITS.matcher(s).matches();
    }
  }

  enum Mode {
    FAST;

    static class Parser {
      private static final Pattern WHITESPACE = Pattern.compile("\\s+");

      static String[] words(String s) {
        return WHITESPACE.split(s);
      }
    }
  }

  interface Callback {
    class Impl {
      private static final Pattern WORD = Pattern.compile("\\w+");

      boolean word(String s) {
        return WORD.matcher(s).matches();
      }
    }
  }
}
