// expect: refused: the patch adds a read of the clock (System.currentTimeMillis) to src/main/java/demo/Subject.java in Subject.MILLIS [hack: clock]
package demo;

import java.util.function.LongSupplier;

public final class Subject {
  static final LongSupplier MILLIS = System::currentTimeMillis;
}
