package demo;

public final class Subject {
  private static int counter;

  static int next() {
    return ++counter;
  }
}
