package demo;

class Field {

  private String s = "";

  void fill(int n) {
    for (int i = 0; i < n; i++) {
      s += i;
    }
  }
}
