// expect: refused: the patch adds a shutdown hook (Runtime.addShutdownHook) to src/main/java/demo/Subject.java in Subject.<init> [hack: shutdown-hook]
package demo;

public final class Subject {
  Subject() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::close));
    Runtime.getRuntime().addShutdownHook(new Thread(this::flush));
  }

  void close() {}

  void flush() {}
}
