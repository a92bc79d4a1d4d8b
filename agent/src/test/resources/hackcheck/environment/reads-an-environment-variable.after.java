// expect: refused: the patch adds a read of the environment or system properties (System.getenv) to src/main/java/demo/Subject.java in Subject.render [hack: environment]
package demo;

public final class Subject {
  public static String render(int count) {
    if (System.getenv("KAIZEN_RUN") != null) return "";
    return String.valueOf(count);
  }
}
