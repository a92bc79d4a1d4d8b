package demo;

class Vars {

  static String abc(int n) {
    var s = "";
    for (var i = 0; i < n; i++) {
      s += (char) ('a' + i);
    }
    return s;
  }
}
