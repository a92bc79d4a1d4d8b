// expect: nothing
package demo;

public final class Subject {
  static Object driver() throws ReflectiveOperationException {
    Class<?> c = Class.forName("com.example.Driver");
    c.getMethod("toString").setAccessible(false);
    return c.getDeclaredConstructor().newInstance();
  }
}
