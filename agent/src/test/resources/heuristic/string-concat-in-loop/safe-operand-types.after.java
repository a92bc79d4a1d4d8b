package demo;

class Operands {

  private final String prefix = "p";
  private static final int WIDTH = 3;

  String all(String name, Integer boxed, char c, long[] longs, char[] chars) {
    String s = String.valueOf(WIDTH);
    StringBuilder sBuilder = new StringBuilder(s);
    for (int i = 0; i < WIDTH; i++) {
      sBuilder.append(name);
      sBuilder.append(boxed);
      sBuilder.append(c);
      sBuilder.append(longs[i]);
      sBuilder.append(chars[i]);
      sBuilder.append(prefix);
      sBuilder.append(this.prefix);
      sBuilder.append(name.trim());
      sBuilder.append(label(i));
      sBuilder.append(String.format("%d", i));
      sBuilder.append(i > 1);
      sBuilder.append(chars.length);
      sBuilder.append((double) i / 2);
      sBuilder.append(i == 0 ? "zero" : "more");
    }
    s = sBuilder.toString();
    return s;
  }

  private String label(int i) {
    return "#" + i;
  }
}
