package dev.kaizen.sandbox.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Removing the throwaway folders commands run in, whatever the commands left in them. */
public final class Directories {

  private Directories() {}

  /**
   * Deletes a file, or a folder with everything in it. Links are removed, never followed; read-only
   * folders (builds leave some) are made writable first. A missing path is fine.
   */
  public static void delete(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) return;
    Files.walkFileTree(
        path,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            dir.toFile().setWritable(true, true);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.deleteIfExists(file);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
            Files.deleteIfExists(dir);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** {@link #delete} as a best effort: a leftover temporary folder is harmless. */
  public static void deleteQuietly(Path path) {
    try {
      delete(path);
    } catch (IOException | UncheckedIOException e) {
      // left behind
    }
  }
}
