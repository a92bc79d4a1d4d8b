// expect: refused: the patch adds a read of the clock (new Date()) to src/main/java/demo/Subject.java in Subject.now [hack: clock]
package demo;

import java.util.Date;

public final class Subject {
  static long now() {
    return new Date().getTime();
  }
}
