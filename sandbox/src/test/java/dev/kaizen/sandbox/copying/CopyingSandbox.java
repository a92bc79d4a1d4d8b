package dev.kaizen.sandbox.copying;

import dev.kaizen.sandbox.Capabilities;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

/**
 * Runs each command on a copy of its tree: copies the tree into a fresh temporary directory (links
 * as links), lets the engine run the command there, then makes the tree what the copy became (new
 * and changed files copied back, deleted ones deleted) and removes the copy. The engine stands for
 * a machine elsewhere; here it is a plain process sandbox.
 */
final class CopyingSandbox implements Sandbox {

  private static final List<String> WEAKNESSES =
      List.of(
          "processes: no process limit (limits.pids is ignored)",
          "memory: no memory limit (limits.memory is ignored)",
          "time: a test backend that promises no timeout (its plain processes happen to be killed"
              + " at limits.timeout)",
          "output: a test backend that promises no cap on output (its plain processes' output"
              + " happens to be capped at limits.output)",
          "writes: commands write every file this user may write, not only the copy",
          "reads: commands read every file this user may read",
          "tmp: /tmp is the host's, shared and without a size limit",
          "environment: a test backend that promises nothing about Kaizen's environment (its plain"
              + " processes happen to get a cleared one)",
          "user: commands run as this user, with all its privileges",
          "network: commands reach every network this machine reaches",
          "orphans: when Kaizen is killed, the commands it ran keep running",
          "detached: a process that leaves the command's tree keeps running after it");

  private final Sandbox engine;
  private final AtomicBoolean closed = new AtomicBoolean();

  CopyingSandbox(Sandbox engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
  }

  @Override
  public ExecResult exec(Command command, Path tree, Limits limits) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(limits, "limits");
    if (closed.get()) throw new SandboxException("the sandbox is closed");
    if (!Files.isDirectory(tree)) throw new IllegalArgumentException("not a directory: " + tree);
    command.resultsOutside(tree);
    Path copy;
    try {
      copy = Files.createTempDirectory("kaizen-copying-");
    } catch (IOException e) {
      throw new SandboxException("cannot make a copy of " + tree + ": " + e, e);
    }
    try {
      copyInto(tree, copy);
      ExecResult result = engine.exec(command, copy, limits);
      syncBack(copy, tree);
      return result;
    } catch (IOException | UncheckedIOException e) {
      throw new SandboxException("cannot copy " + tree + " in or out: " + e, e);
    } finally {
      deleteQuietly(copy);
    }
  }

  @Override
  public String backend() {
    return CopyingBackend.NAME;
  }

  @Override
  public Capabilities capabilities() {
    return Capabilities.NONE;
  }

  @Override
  public List<String> weaknesses() {
    return WEAKNESSES;
  }

  @Override
  public void close() {
    if (closed.compareAndSet(false, true)) engine.close();
  }

  /** Copies everything under {@code from} into the existing {@code to}: links as links. */
  static void copyInto(Path from, Path to) throws IOException {
    Files.walkFileTree(
        from,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            Path target = to.resolve(from.relativize(dir).toString());
            if (!dir.equals(from)) Files.copy(dir, target, StandardCopyOption.COPY_ATTRIBUTES);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
              throws IOException {
            Files.copy(
                file,
                to.resolve(from.relativize(file).toString()),
                StandardCopyOption.COPY_ATTRIBUTES,
                LinkOption.NOFOLLOW_LINKS);
            return FileVisitResult.CONTINUE;
          }
        });
  }

  /** Makes {@code tree} hold what {@code copy} holds: adds and replaces, then deletes the rest. */
  static void syncBack(Path copy, Path tree) throws IOException {
    try (Stream<Path> entries = Files.walk(copy)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        if (entry.equals(copy)) continue;
        Path target = tree.resolve(copy.relativize(entry).toString());
        if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
          if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
            deleteIfPresent(target);
            Files.createDirectory(target);
          }
        } else if (!same(entry, target)) {
          if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) deleteIfPresent(target);
          Files.copy(
              entry,
              target,
              StandardCopyOption.REPLACE_EXISTING,
              StandardCopyOption.COPY_ATTRIBUTES,
              LinkOption.NOFOLLOW_LINKS);
        }
      }
    }
    try (Stream<Path> entries = Files.walk(tree)) {
      List<Path> gone =
          entries
              .filter(entry -> !entry.equals(tree))
              .filter(
                  entry ->
                      !Files.exists(
                          copy.resolve(tree.relativize(entry).toString()),
                          LinkOption.NOFOLLOW_LINKS))
              .sorted(Comparator.reverseOrder())
              .toList();
      for (Path entry : gone) deleteIfPresent(entry);
    }
  }

  /** Both are regular files with the same bytes and permissions, or links to the same target. */
  private static boolean same(Path source, Path target) throws IOException {
    if (Files.isSymbolicLink(source)) {
      return Files.isSymbolicLink(target)
          && Files.readSymbolicLink(source).equals(Files.readSymbolicLink(target));
    }
    return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)
        && Files.getPosixFilePermissions(source).equals(Files.getPosixFilePermissions(target))
        && Files.mismatch(source, target) == -1;
  }

  private static void deleteIfPresent(Path path) throws IOException {
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) return;
    if (Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      try (Stream<Path> entries = Files.walk(path)) {
        for (Path entry : entries.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(entry);
        }
      }
    } else {
      Files.delete(path);
    }
  }

  private static void deleteQuietly(Path path) {
    try {
      deleteIfPresent(path);
    } catch (IOException | UncheckedIOException e) {
      // a temporary directory: the system cleans it up in the end
    }
  }
}
