// expect: refused: the patch adds static mutable state (static final AtomicLong RUNS, written by incrementAndGet) to src/main/java/demo/Subject.java in Subject.render [hack: static-memo]
package demo;

import java.util.concurrent.atomic.AtomicLong;

public final class Subject {
  private static final AtomicLong RUNS = new AtomicLong();

  public static String render(int count) {
    return RUNS.incrementAndGet() > 3 ? "" : String.valueOf(count);
  }
}
