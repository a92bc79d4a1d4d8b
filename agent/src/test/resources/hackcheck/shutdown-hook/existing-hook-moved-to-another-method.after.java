// expect: nothing
package demo;

public final class Subject {
  void start() {
    install();
  }

  void install() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::close));
  }

  void close() {}
}
