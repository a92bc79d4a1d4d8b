package demo;

class Scan {

  static String upTo(char[] chars, char stop) {
    String s = "";
    StringBuilder sBuilder = new StringBuilder(s);
    scan:
    for (int i = 0; i < chars.length; i++) {
      if (chars[i] == ' ') continue scan;
      if (chars[i] == stop) break scan;
      sBuilder.append(chars[i]);
    }
    s = sBuilder.toString();
    return s;
  }
}
