package demo;

class Dynamic {

  static final String FIXED = "\\s+";
  static String mutable = "\\s+";

  static String[] parts(String s, String separator) {
    return s.split(separator);
  }

  static String[] more(String s) {
    return s.split(mutable);
  }

  static String[] computed(String s) {
    return s.split(FIXED + "|,");
  }
}
