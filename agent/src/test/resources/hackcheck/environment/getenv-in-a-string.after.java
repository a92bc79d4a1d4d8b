// expect: nothing
package demo;

public final class Subject {
  static final String DOC = "System.getenv(\"HOME\") is never read";
}
