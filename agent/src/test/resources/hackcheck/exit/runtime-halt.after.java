// expect: refused: the patch adds an exit of the JVM (Runtime.halt) to src/main/java/demo/Subject.java in Subject.render [hack: exit]
package demo;

public final class Subject {
  public static String render(int count) {
    if (count < 0) Runtime.getRuntime().halt(0);
    return "";
  }
}
