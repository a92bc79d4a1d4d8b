// expect: refused: the patch adds static mutable state (static int calls) to src/main/java/demo/Subject.java in Subject.calls [hack: static-memo]
package demo;

public final class Subject {
  private static int calls;

  public static String render(int count) {
    calls++;
    return String.valueOf(count);
  }
}
