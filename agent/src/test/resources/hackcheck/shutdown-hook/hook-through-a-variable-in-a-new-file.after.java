// expect: refused: the patch adds a shutdown hook (Runtime.addShutdownHook) to src/main/java/demo/Subject.java in Subject.<clinit> [hack: shutdown-hook]
package demo;

public final class Subject {
  static {
    Runtime rt = Runtime.getRuntime();
    rt.addShutdownHook(new Thread(Subject::report));
  }

  static void report() {}
}
