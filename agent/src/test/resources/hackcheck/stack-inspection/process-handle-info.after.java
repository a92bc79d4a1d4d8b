// expect: refused: the patch adds stack or command-line inspection (ProcessHandle.info) to src/main/java/demo/Subject.java in Subject.measured [hack: stack-inspection]
package demo;

public final class Subject {
  static boolean measured() {
    return ProcessHandle.current().info().commandLine().orElse("").contains("Bench");
  }
}
