package demo;

class PartialAppend {

  static String parseAll(String[] xs) {
    String s = "";
    for (String x : xs) {
      try {
        s = s + "," + Integer.parseInt(x);
      } catch (NumberFormatException e) {
        // skip it
      }
    }
    return s;
  }
}
