package demo;

public final class Subject {
  static final String SUITE = "demo.ReportTest";
}
