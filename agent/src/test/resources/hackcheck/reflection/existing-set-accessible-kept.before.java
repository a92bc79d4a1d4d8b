package demo;

import java.lang.reflect.Field;

public final class Subject {
  static Object peek(Object o, Field f) throws IllegalAccessException {
    f.setAccessible(true);
    return f.get(o);
  }
}
