package demo;

class MethodInit {

  static String all(String[] xs) {
    String s = System.getProperty("prefix");
    for (String x : xs) {
      s += x;
    }
    return s;
  }
}
