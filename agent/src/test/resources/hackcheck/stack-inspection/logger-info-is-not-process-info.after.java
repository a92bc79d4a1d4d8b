// expect: nothing
package demo;

public final class Subject {
  private static final System.Logger LOG = System.getLogger("demo");

  static void note() {
    LOG.log(System.Logger.Level.INFO, "rendered");
    Log.info("rendered");
  }

  static final class Log {
    static void info(String s) {}
  }
}
