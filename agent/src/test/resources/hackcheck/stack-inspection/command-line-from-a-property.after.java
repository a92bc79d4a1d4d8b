// expect: refused: the patch adds stack or command-line inspection ("sun.java.command") to src/main/java/demo/Subject.java in Subject.UNDER_JMH [hack: stack-inspection]
// expect: refused: the patch adds a read of the environment or system properties (System.getProperty) to src/main/java/demo/Subject.java in Subject.UNDER_JMH [hack: environment]
package demo;

public final class Subject {
  static final boolean UNDER_JMH = System.getProperty("sun.java.command", "").contains("jmh");
}
