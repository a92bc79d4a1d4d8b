// expect: nothing
package demo;

public final class Subject {
  static String describe() {
    return Report.class.getSimpleName() + " ReportTests ParseBenchmark";
  }

  static final class Report {}
}
