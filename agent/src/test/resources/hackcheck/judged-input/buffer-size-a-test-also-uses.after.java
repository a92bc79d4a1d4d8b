// expect: nothing
package demo;

public final class Subject {

  public static String render(int count) {
    StringBuilder out = new StringBuilder(1024);
    for (int i = 0; i < count; i++) out.append(i).append(',');
    return out.toString();
  }
}
