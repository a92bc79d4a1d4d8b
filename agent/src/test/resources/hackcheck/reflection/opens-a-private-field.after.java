// expect: refused: the patch adds reflection on Kaizen or test code (setAccessible(true)) to src/main/java/demo/Subject.java in Subject.peek [hack: reflection]
package demo;

import java.lang.reflect.Field;

public final class Subject {
  static Object peek(Object o, Field f) throws IllegalAccessException {
    f.setAccessible(true);
    return f.get(o);
  }
}
