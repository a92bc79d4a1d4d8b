package demo;

public final class Subject {
  Subject() {
    Runtime.getRuntime().addShutdownHook(new Thread(this::close));
  }

  void close() {}
}
