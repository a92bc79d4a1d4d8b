// expect: refused: the patch adds a read of the clock (System.nanoTime) to src/main/java/demo/Subject.java in Subject.render [hack: clock]
package demo;

public final class Subject {
  public static String render(int count) {
    long start = System.nanoTime();
    String s = String.valueOf(count);
    return System.nanoTime() - start > 1_000_000 ? s : s + ",";
  }
}
