package demo;

class EscapedSplit {

  static String[] parts(String version) {
    return version.split("\\.");
  }

  static String[] columns(String row) {
    return row.split("\\|");
  }
}
