// expect: nothing
package demo;

public final class Subject {

  public static String render(int count) {
    StringBuilder out = new StringBuilder(count > 5000 ? count * 6 : 16);
    for (int i = 0; i < count; i++) out.append(i).append(',');
    return out.toString();
  }
}
