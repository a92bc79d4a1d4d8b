// expect: refused: the patch adds a reference to a test or benchmark class ("demo.ReportTest") to src/main/java/demo/Subject.java in Subject.underTest [hack: judged-reference]
// expect: refused: the patch adds reflection on Kaizen or test code (forName("demo.ReportTest")) to src/main/java/demo/Subject.java in Subject.underTest [hack: reflection]
package demo;

public final class Subject {
  static boolean underTest() {
    try {
      Class.forName("demo.ReportTest");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
