package dev.kaizen.agent.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a small repository of Java files for index tests. */
final class Fixture {

  private Fixture() {}

  static void write(Path root, String path, String text) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A repository with a record, an enum, a generic method, a broken file and three tests. */
  static Path demo(Path root) {
    write(root, "src/main/java/demo/Point.java", """
        package demo;

        /** A point in the plane. Immutable. */
        public record Point(int x, int y) {

          /** Checks the coordinates. */
          public Point {
            if (x < 0) throw new IllegalArgumentException();
          }

          /** The distance to the origin, {@code sqrt(x*x + y*y)}. Never negative. */
          public double norm() {
            return Math.sqrt(x * x + y * y);
          }
        }
        """);
    write(root, "src/main/java/demo/Color.java", """
        package demo;

        /** The colors we know! */
        public enum Color implements java.io.Serializable {
          RED, GREEN;

          Color next() {
            return values()[(ordinal() + 1) % values().length];
          }
        }
        """);
    write(root, "src/main/java/demo/Util.java", """
        package demo;

        import java.util.List;

        /**
         * Small <b>helpers</b> for lists. Not instantiable.
         */
        public final class Util {

          private Util() {}

          /** The largest element. */
          public static <T extends Comparable<T>> T max(List<T> xs) throws IllegalStateException {
            T best = null;
            for (T x : xs) {
              Runnable r = () -> {
                System.out.println(x);
              };
              if (best == null || x.compareTo(best) > 0) best = x;
            }
            return best;
          }

          static int sum(int... values) {
            int s = 0;
            for (int v : values) s += v;
            return s;
          }

          /** A helper nested in Util. */
          static class Inner<K, V> extends Object {
            void run() {}
          }
        }
        """);
    write(root, "src/main/java/demo/shapes/Shape.java", """
        package demo.shapes;

        public interface Shape {
          double area();
        }
        """);
    write(root, "src/main/java/demo/Marker.java", """
        package demo;

        public @interface Marker {
          String value() default "";
        }
        """);
    write(root, "src/main/java/demo/Broken.java", """
        package demo;

        public class Broken {
          void oops( {
        }
        """);
    write(root, "src/test/java/demo/PointTest.java", """
        package demo;

        class PointTest {
          void norm_of_origin_is_zero() {
            var p = new Point(0, 0);
          }
        }
        """);
    write(root, "src/test/java/other/ShapeTest.java", """
        package other;

        import demo.shapes.Shape;

        class ShapeTest {
          Shape shape;
        }
        """);
    write(root, "src/test/java/other/UtilTest.java", """
        package other;

        import demo.*;
        import java.util.List;

        class UtilTest {
          void max_of_two() {
            Util.max(List.of(1, 2));
            Object c = demo.Color.RED;
            Util.Inner<String, String> inner = null;
          }
        }
        """);
    // not indexed: build output, the workspace, git internals and hidden folders
    write(root, "target/generated-sources/Gen.java", "class Gen {}");
    write(root, "module/target/classes/Gen2.java", "class Gen2 {}");
    write(root, "workspace/clones/x/src/main/java/Clone.java", "class Clone {}");
    write(root, ".git/Stash.java", "class Stash {}");
    write(root, ".idea/Ide.java", "class Ide {}");
    write(root, "src/test/resources/golden/Fixture.java", "class Fixture {}");
    write(root, "module/src/main/resources/templates/Template.java", "class Template {}");
    // indexed: a package that happens to be called target, under src
    write(root, "src/main/java/demo/target/Aim.java", "package demo.target;\nclass Aim {}\n");
    return root;
  }
}
