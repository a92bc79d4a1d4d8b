// expect: nothing
package demo;

import java.util.List;
import java.util.Set;

public final class Subject {
  private static final Set<String> KEYS = Set.of("a", "b");
  private static final int[] TABLE = {1, 2, 4, 8};
  private static final List<String> NAMES = List.of("x");

  static int weight(String key, int i) {
    return KEYS.contains(key) ? TABLE[i & 3] + NAMES.size() : 0;
  }
}
