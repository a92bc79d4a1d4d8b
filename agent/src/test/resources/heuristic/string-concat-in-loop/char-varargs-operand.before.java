package demo;

class CharVarargs {

  static String repeat(int n, char... cs) {
    String s = "";
    for (int i = 0; i < n; i++) {
      s += cs;
    }
    return s;
  }
}
