package demo;

class Accessors {

  static String property(String getter) {
    String name = getter.replaceFirst("^(get|is)", "");
    return name.isEmpty() ? getter : name;
  }
}
