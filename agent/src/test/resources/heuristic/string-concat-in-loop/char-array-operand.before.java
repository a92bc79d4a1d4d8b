package demo;

class CharArray {

  static String all(char[][] words) {
    String s = "";
    for (char[] word : words) {
      s += word;
    }
    return s;
  }
}
