package demo;

class FastSplit {

  static String[] cells(String line) {
    return line.split(",");
  }

  static String[] fields(String line) {
    return line.split(":", 3);
  }
}
