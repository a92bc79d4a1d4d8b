package demo;

class OwnBuilder {

  static String all(String[] xs) {
    String s = "";
    for (String x : xs) {
      s += x;
    }
    return s;
  }

  static class StringBuilder {
  }
}
