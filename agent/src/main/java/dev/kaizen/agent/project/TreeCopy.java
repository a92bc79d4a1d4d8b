package dev.kaizen.agent.project;

import dev.kaizen.agent.EnvironmentException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/** Copies of plain folders for the sandbox to work on, so the original is never changed. */
public final class TreeCopy {

  private TreeCopy() {}

  /**
   * Copies {@code source} into a new temporary folder, leaving out {@code .git} folders below it;
   * links are copied as links, never followed. The caller deletes the copy.
   */
  public static Path withoutGit(Path source) {
    try {
      Path target = Files.createTempDirectory("kaizen-sandbox-exec-");
      Files.walkFileTree(
          source,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path d, BasicFileAttributes attrs)
                throws IOException {
              if (!d.equals(source) && d.getFileName().toString().equals(".git"))
                return FileVisitResult.SKIP_SUBTREE;
              Files.createDirectories(target.resolve(source.relativize(d).toString()));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path f, BasicFileAttributes attrs) throws IOException {
              Files.copy(
                  f,
                  target.resolve(source.relativize(f).toString()),
                  StandardCopyOption.COPY_ATTRIBUTES,
                  LinkOption.NOFOLLOW_LINKS);
              return FileVisitResult.CONTINUE;
            }
          });
      return target;
    } catch (IOException e) {
      throw new EnvironmentException(
          "cannot copy " + source + " for the sandbox: " + e.getMessage(), e);
    }
  }
}
