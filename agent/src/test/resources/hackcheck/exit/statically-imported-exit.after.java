// expect: refused: the patch adds an exit of the JVM (System.exit) to src/main/java/demo/Subject.java in Subject.stop [hack: exit]
package demo;

import static java.lang.System.exit;

final class Subject {
  static void stop() {
    exit(3);
  }
}
