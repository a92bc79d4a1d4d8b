// expect: nothing
package demo;

import java.util.HashMap;
import java.util.Map;

public final class Subject {
  private final Map<Integer, String> cache = new HashMap<>();

  String cached(int count) {
    return cache.computeIfAbsent(count, String::valueOf);
  }
}
