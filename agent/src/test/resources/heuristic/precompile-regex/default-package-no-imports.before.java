/** Tools without a package. */
class Tool {
  static String squash(String s) { return s.replaceAll("-{2,}", "-"); }
}
