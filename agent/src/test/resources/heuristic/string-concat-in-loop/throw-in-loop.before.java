package demo;

class ThrowInLoop {

  static String nonEmpty(String[] xs) {
    String s = "";
    for (String x : xs) {
      if (x.isEmpty()) throw new IllegalArgumentException();
      s += x;
    }
    return s;
  }
}
