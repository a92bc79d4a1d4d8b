package demo;

class NoBlock {

  static String maybe(boolean on, int n) {
    String s = "";
    if (on) for (int i = 0; i < n; i++) s += i;
    return s;
  }
}
