// expect: refused: the patch adds static mutable state (static final Set<String> SEEN, written by ::add) to src/main/java/demo/Subject.java in Subject.remember [hack: static-memo]
package demo;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

public final class Subject {
  private static final Set<String> SEEN = new HashSet<>();

  static void remember(List<String> keys) {
    keys.forEach(SEEN::add);
  }
}
