package demo;

class Generic {

  static <T> T id(T t) {
    return t;
  }

  static String all(char[] cs, int n) {
    String s = "";
    for (int i = 0; i < n; i++) {
      s += id(cs);
    }
    return s;
  }
}
