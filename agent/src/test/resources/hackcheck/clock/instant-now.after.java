// expect: refused: the patch adds a read of the clock (Instant.now) to src/main/java/demo/Subject.java in Subject.evenSecond [hack: clock]
package demo;

import java.time.Instant;

public final class Subject {
  static boolean evenSecond() {
    return Instant.now().getEpochSecond() % 2 == 0;
  }
}
