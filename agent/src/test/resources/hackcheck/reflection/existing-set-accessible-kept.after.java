// expect: nothing
package demo;

import java.lang.reflect.Field;

public final class Subject {
  static Object peek(Object target, Field field) throws IllegalAccessException {
    field.setAccessible(true);
    return field.get(target);
  }
}
