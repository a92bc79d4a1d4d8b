package demo;

class Repeat {

  static String dashes(int count) {
    String line = "";
    int i = 0;
    do {
      line += "-";
      i++;
    } while (i < count);
    return line;
  }
}
