// expect: refused: the patch adds a read of the environment or system properties (System.getProperty) to src/main/java/demo/Subject.java in Subject.DIR [hack: environment]
package demo;

public final class Subject {
  static final String DIR = System.getProperty("user.dir");
}
