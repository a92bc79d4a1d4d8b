package demo;

class Prepend {

  static String reversed(String[] xs) {
    String s = "";
    for (String x : xs) {
      s = x + s;
    }
    return s;
  }
}
