// expect: refused: the patch adds an exit of the JVM (System.exit) to src/main/java/demo/Subject.java in Subject.main [hack: exit]
package demo;

public final class Subject {
  public static void main(String[] args) {
    System.out.println(render(10));
    System.exit(0);
  }

  public static String render(int count) {
    return "";
  }
}
