package demo;

class Codes {

  static String letters(int[] codes) {
    String s = "";
    for (int code : codes) {
      switch (code) {
        case 1 -> s += "a";
        case 2 -> s += "b";
        default -> {
          s += "?";
        }
      }
    }
    return s;
  }
}
