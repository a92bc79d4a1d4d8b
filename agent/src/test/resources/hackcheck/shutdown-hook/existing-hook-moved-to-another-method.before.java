package demo;

public final class Subject {
  void start() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::close));
  }

  void close() {}
}
