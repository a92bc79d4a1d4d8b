package demo;

class CatchThenRead {

  static String parseAll(String[] xs) {
    String s = "";
    try {
      for (String x : xs) {
        s += Integer.parseInt(x);
      }
    } catch (NumberFormatException e) {
      // keep what we have
    }
    return s;
  }
}
