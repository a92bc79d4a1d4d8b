package demo;

class Lines {

  static void print(String[][] rows) {
    for (String[] row : rows) {
      String line = "> ";
      for (String cell : row) {
        line += cell;
      }
      System.out.println(line);
    }
  }
}
