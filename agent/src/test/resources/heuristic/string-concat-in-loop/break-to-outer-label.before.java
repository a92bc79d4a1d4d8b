package demo;

class OuterBreak {

  static void print(String[][] rows) {
    rows:
    for (String[] row : rows) {
      String line = "";
      for (String cell : row) {
        if (cell == null) break rows;
        line += cell;
      }
      System.out.println(line);
    }
  }
}
