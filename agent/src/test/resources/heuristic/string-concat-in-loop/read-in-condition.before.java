package demo;

class Condition {

  static String fill(int width) {
    String s = "";
    while (s.length() < width) {
      s += "ab";
    }
    return s;
  }
}
