// expect: nothing
package demo;

public final class Subject {
  private final java.util.List<Runnable> hooks = new java.util.ArrayList<>();

  void addHook(Runnable r) {
    hooks.add(r);
  }
}
