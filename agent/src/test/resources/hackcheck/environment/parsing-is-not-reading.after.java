// expect: nothing
package demo;

public final class Subject {
  static int parse(String s) {
    return Integer.parseInt(s) + Long.valueOf(s).intValue();
  }
}
