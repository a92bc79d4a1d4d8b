// expect: refused: the patch adds a read of the clock (LocalDateTime.now) to src/main/java/demo/Subject.java in Subject.stamp [hack: clock]
// expect: refused: the patch adds a read of the clock (Clock.systemUTC) to src/main/java/demo/Subject.java in Subject.stamp [hack: clock]
package demo;

import java.time.Clock;
import java.time.LocalDateTime;

public final class Subject {
  static String stamp() {
    return LocalDateTime.now(Clock.systemUTC()).toString();
  }
}
