// expect: nothing
package demo;

public final class Subject {
  private final Parser parser = new Parser();

  void done() {
    parser.exit();
  }

  static final class Parser {
    void exit() {}
  }
}
