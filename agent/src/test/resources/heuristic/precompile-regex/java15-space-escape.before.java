package demo;

class Spaces {

  static String[] words(String line) {
    return line.split("\s+");
  }

  static String squeeze(String line) {
    return line.replaceAll("\n+", "\n");
  }
}
