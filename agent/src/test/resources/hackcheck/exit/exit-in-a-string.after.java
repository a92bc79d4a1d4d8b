// expect: nothing
package demo;

public final class Subject {
  static final String HINT = "call System.exit(0) when done";
}
