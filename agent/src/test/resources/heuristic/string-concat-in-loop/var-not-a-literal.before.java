package demo;

class VarCall {

  static String all(String[] xs) {
    var s = String.join("", xs).strip();
    for (String x : xs) {
      s += x;
    }
    return s;
  }
}
