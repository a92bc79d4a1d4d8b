// expect: nothing
package demo;

public final class Subject {
  // ReportTest pins this output; see demo.ReportTest.
  public static String render(int count) {
    return String.valueOf(count);
  }
}
