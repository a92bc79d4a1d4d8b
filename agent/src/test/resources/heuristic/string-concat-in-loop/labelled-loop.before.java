package demo;

class Scan {

  static String upTo(char[] chars, char stop) {
    String s = "";
    scan:
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == ' ') continue scan;
      if (chars[i] == stop) break scan;
      s += chars[i];
    }
    return s;
  }
}
