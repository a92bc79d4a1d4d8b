// expect: nothing
package demo;

public final class Subject {
  // Runtime.getRuntime().addShutdownHook(new Thread(...)) was tried and dropped.
  /** Never Runtime.getRuntime().addShutdownHook here. */
  public static String render(int count) {
    String note = "Runtime.getRuntime().addShutdownHook";
    StringBuilder out = new StringBuilder(note.length());
    for (int i = 0; i < count; i++) out.append(i).append(',');
    return out.toString();
  }
}
