// expect: refused: the patch adds an exit of the JVM (Runtime.exit) to src/main/java/demo/Subject.java in Subject.stop [hack: exit]
package demo;

final class Subject {
  static void stop() {
    var rt = Runtime.getRuntime();
    rt.exit(1);
  }
}
