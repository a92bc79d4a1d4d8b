package demo;

class NullOperand {

  static String nulls(int n) {
    String s = "";
    for (int i = 0; i < n; i++) {
      s += null;
    }
    return s;
  }
}
