package demo;

public final class Subject {
  static double ms(Runnable r) {
    long t = System.nanoTime();
    r.run();
    return (System.nanoTime() - t) / 1e6;
  }
}
