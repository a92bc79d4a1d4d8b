package demo;

class LaterNull {

  static String all(String[] xs, java.util.Map<String, String> m) {
    String s = "";
    s = m.get("prefix");
    for (String x : xs) {
      s += x;
    }
    return s;
  }
}
