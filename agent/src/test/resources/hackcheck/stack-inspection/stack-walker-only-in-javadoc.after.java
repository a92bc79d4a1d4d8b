// expect: nothing
package demo;

public final class Subject {
  /** Does not use StackWalker or getStackTrace(): it renders. */
  public static String render(int count) {
    return String.valueOf(count);
  }
}
