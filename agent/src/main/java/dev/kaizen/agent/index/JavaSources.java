package dev.kaizen.agent.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the {@code .java} files of a repository, leaving out build output ({@code target/} outside
 * any {@code src/} folder), resources ({@code src/<set>/resources/}, where {@code .java} files are
 * data such as test fixtures, not code), Kaizen's {@code workspace/} at the root, {@code .git/} and
 * every other hidden folder.
 */
public final class JavaSources {

  private JavaSources() {}

  /** The repository-relative, {@code /}-separated paths of the Java files under root, sorted. */
  public static List<String> list(Path root) {
    var paths = new ArrayList<String>();
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return dir.equals(root) || !skipped(relative(root, dir))
                  ? FileVisitResult.CONTINUE
                  : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isRegularFile() && file.getFileName().toString().endsWith(".java")) {
                paths.add(relative(root, file));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the Java files under " + root, e);
    }
    paths.sort(null);
    return paths;
  }

  /** Whether the folder at this repository-relative path is left out. */
  static boolean skipped(String dir) {
    String[] parts = dir.split("/");
    String name = parts[parts.length - 1];
    if (name.startsWith(".")) return true;
    if (parts.length == 1 && name.equals("workspace")) return true;
    if (name.equals("resources") && parts.length >= 3 && parts[parts.length - 3].equals("src"))
      return true;
    return name.equals("target") && !List.of(parts).contains("src");
  }

  /** Whether a repository-relative path is test code. */
  static boolean isTest(String path) {
    return path.startsWith("src/test/") || path.contains("/src/test/");
  }

  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }
}
