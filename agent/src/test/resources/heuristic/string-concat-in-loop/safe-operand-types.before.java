package demo;

class Operands {

  private final String prefix = "p";
  private static final int WIDTH = 3;

  String all(String name, Integer boxed, char c, long[] longs, char[] chars) {
    String s = String.valueOf(WIDTH);
    for (int i = 0; i < WIDTH; i++) {
      s += name;
      s += boxed;
      s += c;
      s += longs[i];
      s += chars[i];
      s += prefix;
      s += this.prefix;
      s += name.trim();
      s += label(i);
      s += String.format("%d", i);
      s += (i > 1);
      s += chars.length;
      s += (double) i / 2;
      s += i == 0 ? "zero" : "more";
    }
    return s;
  }

  private String label(int i) {
    return "#" + i;
  }
}
