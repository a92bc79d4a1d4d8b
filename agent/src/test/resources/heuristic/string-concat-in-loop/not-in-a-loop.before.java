package demo;

class NoLoop {

  static String twice(String x) {
    String s = "";
    s += x;
    s += x;
    return s;
  }
}
