package demo;

class Strings {

  static String[] parts(String s) {
    return s.split("\\s+");
  }

  static class String {
    String[] split(java.lang.String re) {
      return null;
    }
  }
}
