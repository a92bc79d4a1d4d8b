package demo;

class ReturnInLoop {

  static String untilEmpty(String[] xs) {
    String s = "";
    for (String x : xs) {
      if (x.isEmpty()) {
        return "stopped";
      }
      s += x;
    }
    return s;
  }
}
