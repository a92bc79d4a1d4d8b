package demo;

import java.util.function.Predicate;

class Anonymous {

  static final Predicate<String> BLANK = new Predicate<>() {
    @Override
    public boolean test(String s) {
      return s.matches("\\s*");
    }
  };
}
