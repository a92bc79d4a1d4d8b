package demo;

class Table {

  static String render(String[][] rows) {
    String out = "";
    for (String[] row : rows) {
      for (String cell : row) {
        out += cell + "|";
      }
      out += "\n";
    }
    return out;
  }
}
