package demo;

class Codes {

  static String letters(int[] codes) {
    String s = "";
    StringBuilder sBuilder = new StringBuilder(s);
    for (int code : codes) {
      switch (code) {
        case 1 -> sBuilder.append("a");
        case 2 -> sBuilder.append("b");
        default -> {
          sBuilder.append("?");
        }
      }
    }
    s = sBuilder.toString();
    return s;
  }
}
