package demo;

class Tokens {

  static int count(String text) {
    return text.split("\\s+").length;
  }

  static String first(String text) {
    return text.strip().split("\\s+")[0];
  }
}
