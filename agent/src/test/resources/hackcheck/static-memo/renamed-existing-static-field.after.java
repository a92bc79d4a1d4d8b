// expect: nothing
package demo;

public final class Subject {
  private static int sequence;

  static int next() {
    return ++sequence;
  }
}
