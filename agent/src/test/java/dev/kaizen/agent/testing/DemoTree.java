package dev.kaizen.agent.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A small tree of Java files for index tests (package {@code demo}): a record, an enum, a generic
 * method, a broken file and three tests, beside Java files in places the index leaves out (build
 * output, the workspace, git internals, hidden folders, resources).
 */
public final class DemoTree {

  private DemoTree() {}

  private static void file(Path root, String path, String text) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the tree into {@code root}; returns {@code root}. */
  public static Path write(Path root) {
    file(
        root,
        "src/main/java/demo/Point.java",
        """
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
    file(
        root,
        "src/main/java/demo/Color.java",
        """
        package demo;

        /** The colors we know! */
        public enum Color implements java.io.Serializable {
          RED, GREEN;

          Color next() {
            return values()[(ordinal() + 1) % values().length];
          }
        }
        """);
    file(
        root,
        "src/main/java/demo/Util.java",
        """
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
    file(
        root,
        "src/main/java/demo/shapes/Shape.java",
        """
        package demo.shapes;

        public interface Shape {
          double area();
        }
        """);
    file(
        root,
        "src/main/java/demo/Marker.java",
        """
        package demo;

        public @interface Marker {
          String value() default "";
        }
        """);
    file(
        root,
        "src/main/java/demo/Broken.java",
        """
        package demo;

        public class Broken {
          void oops( {
        }
        """);
    file(
        root,
        "src/test/java/demo/PointTest.java",
        """
        package demo;

        class PointTest {
          void norm_of_origin_is_zero() {
            var p = new Point(0, 0);
          }
        }
        """);
    file(
        root,
        "src/test/java/other/ShapeTest.java",
        """
        package other;

        import demo.shapes.Shape;

        class ShapeTest {
          Shape shape;
        }
        """);
    file(
        root,
        "src/test/java/other/UtilTest.java",
        """
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
    file(root, "target/generated-sources/Gen.java", "class Gen {}");
    file(root, "module/target/classes/Gen2.java", "class Gen2 {}");
    file(root, "workspace/clones/x/src/main/java/Clone.java", "class Clone {}");
    file(root, ".git/Stash.java", "class Stash {}");
    file(root, ".idea/Ide.java", "class Ide {}");
    file(root, "src/test/resources/golden/Fixture.java", "class Fixture {}");
    file(root, "module/src/main/resources/templates/Template.java", "class Template {}");
    // indexed: a package that happens to be called target, under src
    file(root, "src/main/java/demo/target/Aim.java", "package demo.target;\nclass Aim {}\n");
    return root;
  }
}
