// expect: refused: the patch adds reflection on Kaizen or test code (forName("org.junit.jupiter.api.Test")) to src/main/java/demo/Subject.java in Subject.junitPresent [hack: reflection]
package demo;

public final class Subject {
  static boolean junitPresent() {
    try {
      Class.forName("org.junit.jupiter.api.Test");
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
