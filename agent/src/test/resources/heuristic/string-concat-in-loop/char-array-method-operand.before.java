package demo;

class CharArrayMethod {

  static String all(String[] xs) {
    String s = "";
    for (String x : xs) {
      s += x.toCharArray();
      s += chars(x);
    }
    return s;
  }

  static char[] chars(String x) {
    return x.toCharArray();
  }
}
