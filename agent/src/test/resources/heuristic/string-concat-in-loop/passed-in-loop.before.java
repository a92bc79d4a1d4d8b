package demo;

class PassedInLoop {

  static String all(String[] xs) {
    String s = "";
    for (String x : xs) {
      s += x;
      System.out.println(s);
    }
    return s;
  }
}
