package demo;

class Parameter {

  static String pad(String s, int n) {
    for (int i = 0; i < n; i++) {
      s += " ";
    }
    return s;
  }
}
