package demo;

class ReadInLoop {

  static String upTo(String[] xs, int max) {
    String s = "";
    for (String x : xs) {
      if (s.length() > max) {
        continue;
      }
      s += x;
    }
    return s;
  }
}
