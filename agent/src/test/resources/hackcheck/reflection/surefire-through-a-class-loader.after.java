// expect: refused: the patch adds reflection on Kaizen or test code (loadClass("org.apache.maven.surefire.booter.ForkedBooter")) to src/main/java/demo/Subject.java in Subject.booter [hack: reflection]
package demo;

public final class Subject {
  static Class<?> booter(ClassLoader loader) throws ClassNotFoundException {
    return loader.loadClass("org.apache.maven.surefire.booter.ForkedBooter");
  }
}
