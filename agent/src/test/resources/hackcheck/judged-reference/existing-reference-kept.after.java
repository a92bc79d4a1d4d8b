// expect: nothing
package demo;

public final class Subject {
  static final String SUITE = "demo.ReportTest";
  static final String OTHER = "demo.Other";
}
