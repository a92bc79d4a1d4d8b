package demo;

class Numbers {

  static String csv(int n) {
    String s = "";
    for (int i = 0; i < n; i++) {
      s += i;
      s += ',';
    }
    return s;
  }
}
