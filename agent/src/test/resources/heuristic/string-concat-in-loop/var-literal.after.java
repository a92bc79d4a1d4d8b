package demo;

class Vars {

  static String abc(int n) {
    var s = "";
    StringBuilder sBuilder = new StringBuilder(s);
    for (var i = 0; i < n; i++) {
      sBuilder.append((char) ('a' + i));
    }
    s = sBuilder.toString();
    return s;
  }
}
