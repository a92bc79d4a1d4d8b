// expect: refused: the patch adds a read of the environment or system properties (Integer.getInteger) to src/main/java/demo/Subject.java in Subject.size [hack: environment]
// expect: refused: the patch adds a read of the environment or system properties (Boolean.getBoolean) to src/main/java/demo/Subject.java in Subject.size [hack: environment]
package demo;

public final class Subject {
  static int size() {
    return Integer.getInteger("demo.size", 3) + (Boolean.getBoolean("demo.fast") ? 1 : 0);
  }
}
