package dev.kaizen.agent.testing;

import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.sandbox.Command;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * A one-file project for profiler tests: {@code demo.Spin}, run as {@code java
 * src/main/java/demo/Spin.java <ms> <exit code> <marker>}, spends its time in {@code hot} (about 40
 * times the work of {@code cold}) for {@code ms} milliseconds, then exits with the exit code; with
 * code 4 instead when the system property {@code spin.marker} is not the marker.
 */
public final class SpinTree {

  public static final String PATH = "src/main/java/demo/Spin.java";

  private SpinTree() {}

  /** Writes {@link #PATH} into {@code tree}; returns {@code tree}. */
  public static Path write(Path tree) throws IOException {
    Path file = tree.resolve(PATH);
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        """
        package demo;

        public class Spin {

          public static void main(String[] args) {
            long until = System.nanoTime() + Long.parseLong(args[0]) * 1_000_000L;
            long sink = 0;
            while (System.nanoTime() < until) {
              sink += hot(4_000);
              sink += cold(100);
            }
            System.out.println(sink);
            if (!args[2].equals(System.getProperty("spin.marker", "none"))) System.exit(4);
            System.exit(Integer.parseInt(args[1]));
          }

          static long hot(int n) {
            long sum = 0;
            for (int i = 0; i < n; i++) sum += Long.toString(i * 7919L).hashCode();
            return sum;
          }

          static long cold(int n) {
            long sum = 0;
            for (int i = 0; i < n; i++) sum += Long.toString(i * 7919L).hashCode();
            return sum;
          }
        }
        """);
    return tree;
  }

  /** The code index of {@code tree}, which the profiler maps frames to. */
  public static CodeIndex index(Path tree) {
    return CodeIndex.build(tree);
  }

  /** {@code java src/main/java/demo/Spin.java ms exitCode marker}. */
  public static Command command(long ms, int exitCode, String marker) {
    return Command.of("java", PATH, Long.toString(ms), Integer.toString(exitCode), marker);
  }

  /**
   * The same, started by a shell from {@code /tmp}, as Maven starts its forks: the JVM's working
   * directory is not the tree.
   */
  public static Command commandElsewhere(long ms) {
    return Command.shell("tree=$PWD; cd /tmp && java \"$tree/" + PATH + "\" " + ms + " 0 none");
  }

  /** Every path in the tree, relative, sorted: what "left as it was" compares. */
  public static List<String> contents(Path tree) throws IOException {
    try (Stream<Path> paths = Files.walk(tree)) {
      return paths.map(p -> tree.relativize(p).toString()).sorted().toList();
    }
  }
}
