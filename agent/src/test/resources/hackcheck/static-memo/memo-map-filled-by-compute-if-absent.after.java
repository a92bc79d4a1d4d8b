// expect: refused: the patch adds static mutable state (static final Map<Integer, String> CACHE, written by computeIfAbsent) to src/main/java/demo/Subject.java in Subject.render [hack: static-memo]
package demo;

import java.util.HashMap;
import java.util.Map;

public final class Subject {
  private static final Map<Integer, String> CACHE = new HashMap<>();

  public static String render(int count) {
    return CACHE.computeIfAbsent(count, Subject::compute);
  }

  private static String compute(int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) out.append(i).append(',');
    return out.toString();
  }
}
