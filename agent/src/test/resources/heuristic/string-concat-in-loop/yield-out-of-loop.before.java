package demo;

class YieldOut {

  static String first(int kind, String[] xs) {
    String s = "";
    return switch (kind) {
      case 1 -> {
        for (String x : xs) {
          s += x;
          yield s;
        }
        yield "none";
      }
      default -> "other";
    };
  }
}
