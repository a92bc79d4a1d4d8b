package demo;

class OuterContinue {

  static void print(String[][] rows) {
    rows:
    for (String[] row : rows) {
      String line = "";
      for (String cell : row) {
        if (cell == null) continue rows;
        line += cell;
      }
      System.out.println(line);
    }
  }
}
