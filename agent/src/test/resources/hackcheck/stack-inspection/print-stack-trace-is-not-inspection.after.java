// expect: nothing
package demo;

public final class Subject {
  static void fail(Exception e) {
    e.printStackTrace();
  }
}
