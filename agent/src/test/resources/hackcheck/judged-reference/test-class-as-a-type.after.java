// expect: refused: the patch adds a reference to a test or benchmark class (ReportTest) to src/main/java/demo/Subject.java in Subject.isTest [hack: judged-reference]
package demo;

public final class Subject {
  static boolean isTest(Object o) {
    return o instanceof ReportTest;
  }
}
