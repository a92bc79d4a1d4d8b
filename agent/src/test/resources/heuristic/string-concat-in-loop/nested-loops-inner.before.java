package demo;

class Progress {

  static void print(String[][] rows) {
    String line = "";
    for (String[] row : rows) {
      for (String cell : row) {
        line += cell;
      }
      System.out.println(line);
    }
  }
}
