package demo;

class Progress {

  static void print(String[][] rows) {
    String line = "";
    for (String[] row : rows) {
      StringBuilder lineBuilder = new StringBuilder(line);
      for (String cell : row) {
        lineBuilder.append(cell);
      }
      line = lineBuilder.toString();
      System.out.println(line);
    }
  }
}
