// expect: nothing
package demo;

public final class Subject {
  static final String NOTE = "runs without junit or dev.kaizen on the class path";
}
