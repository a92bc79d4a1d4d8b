package demo;

class NullInit {

  static String all(String[] xs) {
    String s = null;
    for (String x : xs) {
      s += x;
    }
    return s;
  }
}
