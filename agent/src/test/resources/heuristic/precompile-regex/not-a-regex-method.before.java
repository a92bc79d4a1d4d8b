package demo;

class Plain {

  static String clean(String s) {
    return s.replace("\\s+", " ").split("\\s+", 1, 2).toString();
  }
}
