package demo;

class SelfAppend {

  static String doubling(int n) {
    String s = "x";
    for (int i = 0; i < n; i++) {
      s += s;
    }
    return s;
  }
}
