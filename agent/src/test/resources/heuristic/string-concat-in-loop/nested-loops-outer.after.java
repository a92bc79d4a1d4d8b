package demo;

class Table {

  static String render(String[][] rows) {
    String out = "";
    StringBuilder outBuilder = new StringBuilder(out);
    for (String[] row : rows) {
      for (String cell : row) {
        outBuilder.append(cell + "|");
      }
      outBuilder.append("\n");
    }
    out = outBuilder.toString();
    return out;
  }
}
