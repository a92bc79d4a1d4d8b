// expect: nothing
package demo;

public final class Subject {
  // no System.nanoTime() here
  public static String render(int count) {
    return String.valueOf(count);
  }
}
