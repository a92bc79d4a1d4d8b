// expect: nothing
package demo;

import java.util.HashMap;
import java.util.Map;

public final class Subject {
  private static final Map<String, Integer> CODES = new HashMap<>();

  static {
    CODES.put("a", 1);
    CODES.put("b", 2);
  }

  static int code(String s) {
    return CODES.getOrDefault(s, 0);
  }
}
