package demo;

class Arms {

  static int lengths(int[] kinds) {
    String s = "";
    int total = 0;
    for (int kind : kinds) {
      String last = switch (kind) {
        case 1 -> s += "a";
        default -> "-";
      };
      total += last.length();
    }
    return total;
  }
}
