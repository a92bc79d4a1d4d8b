package dev.kaizen.evals;

import dev.kaizen.sandbox.support.Directories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * Fresh copies of a built tree, one for each run of measured or tested code, so that no run sees
 * what an earlier one left behind (a cache on disk, a file that makes the next run slower) and the
 * built tree itself stays exactly what its build made. A copy is a sibling of the tree, so it is
 * made on the same disk; links are copied as links, never followed, and {@code .git} is left out.
 */
public final class FreshTrees {

  private FreshTrees() {}

  /**
   * A new copy of {@code tree} next to it, named {@code <tree>.run-…}; the caller {@link #discard}s
   * it.
   *
   * @throws UncheckedIOException when the copy cannot be made (a full disk)
   */
  public static Path copy(Path tree) {
    Path source = tree.toAbsolutePath().normalize();
    Path target = null;
    try {
      target = Files.createTempDirectory(source.getParent(), source.getFileName() + ".run-");
      copyInto(source, target);
      return target;
    } catch (IOException e) {
      if (target != null) Directories.deleteQuietly(target);
      throw new UncheckedIOException("cannot copy " + source + " for a run: " + e.getMessage(), e);
    }
  }

  /**
   * Copies everything under {@code source} into the existing, empty folder {@code target}: links as
   * links, {@code .git} left out, files and folders with their permissions and times.
   */
  public static void copyInto(Path source, Path target) throws IOException {
    Files.walkFileTree(
        source,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (dir.equals(source)) return FileVisitResult.CONTINUE;
            if (dir.getFileName().toString().equals(".git")) return FileVisitResult.SKIP_SUBTREE;
            Files.createDirectory(target.resolve(source.relativize(dir).toString()));
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.copy(
                file,
                target.resolve(source.relativize(file).toString()),
                StandardCopyOption.COPY_ATTRIBUTES,
                LinkOption.NOFOLLOW_LINKS);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            if (e != null) throw e;
            // A folder gets its permissions and time once its contents are in: a read-only one
            // would refuse them, and Maven compares times.
            Path copied = target.resolve(source.relativize(dir).toString());
            Files.setPosixFilePermissions(
                copied, Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS));
            Files.setLastModifiedTime(
                copied, Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS));
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Removes a copy made by {@link #copy}, whatever its run left in it (best effort). */
  public static void discard(Path copy) {
    Directories.deleteQuietly(copy);
  }
}
