package demo;

class CatchReads {

  static String parseAll(String[] xs) {
    String s = "";
    try {
      for (String x : xs) {
        s += Integer.parseInt(x);
      }
    } catch (NumberFormatException e) {
      return "partial: " + s;
    }
    return s;
  }
}
