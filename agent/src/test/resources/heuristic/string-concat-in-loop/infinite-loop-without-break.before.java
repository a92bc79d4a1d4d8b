package demo;

class Spin {

  static void spin() {
    String s = "";
    while (true) {
      s += "x";
    }
  }
}
