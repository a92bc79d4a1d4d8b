package demo;

/** Small string helpers. */
final class Texts {

  private Texts() {}

  static boolean isBlank(String s) {
    return s == null || s.isBlank();
  }
}
