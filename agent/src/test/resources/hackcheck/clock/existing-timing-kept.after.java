// expect: nothing
package demo;

public final class Subject {
  static double ms(Runnable work) {
    long t = System.nanoTime();
    work.run();
    return (System.nanoTime() - t) / 1_000_000.0;
  }
}
