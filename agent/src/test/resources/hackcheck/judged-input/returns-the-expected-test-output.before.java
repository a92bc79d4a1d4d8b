package demo;

public final class Subject {

  public static String render(int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) out.append(i).append(',');
    return out.toString();
  }
}
