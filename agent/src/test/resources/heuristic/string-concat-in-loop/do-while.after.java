package demo;

class Repeat {

  static String dashes(int count) {
    String line = "";
    int i = 0;
    StringBuilder lineBuilder = new StringBuilder(line);
    do {
      lineBuilder.append("-");
      i++;
    } while (i < count);
    line = lineBuilder.toString();
    return line;
  }
}
