package demo;

class Lines {

  static void print(String[][] rows) {
    for (String[] row : rows) {
      String line = "> ";
      StringBuilder lineBuilder = new StringBuilder(line);
      for (String cell : row) {
        lineBuilder.append(cell);
      }
      line = lineBuilder.toString();
      System.out.println(line);
    }
  }
}
