package dev.kaizen.sandbox.support;

import dev.kaizen.sandbox.SandboxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Set;

/**
 * A world-readable view of a local Maven repository, for sandbox users who cannot read the original
 * (a root-owned {@code ~/.m2/repository} has {@code 750} directories).
 *
 * <p>The view is a tree of fresh {@code 755} directories whose files are hard links to the
 * repository's files, so it costs no space and no copying. A file is copied instead (and made
 * {@code 644}) when it cannot be linked, for example across file systems, or when the original is
 * not readable by others. {@link #sync} is incremental: files already in the view are kept, missing
 * ones are added, replaced ones are relinked and vanished ones are removed. Symbolic links in the
 * repository are not carried over.
 */
public final class MavenRepositoryView {

  private static final Set<PosixFilePermission> DIRECTORY =
      PosixFilePermissions.fromString("rwxr-xr-x");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

  /** Makes a file at {@code link} that has the contents of {@code existing}. */
  @FunctionalInterface
  interface Linker {
    void link(Path link, Path existing) throws IOException;
  }

  /**
   * What one sync did.
   *
   * @param linked files added as hard links
   * @param copied files added as copies
   * @param kept files that were already up to date
   * @param removed files and directories removed because the repository no longer has them
   */
  public record Stats(int linked, int copied, int kept, int removed) {}

  private final Path repository;
  private final Path view;
  private final Linker linker;
  private int linked;
  private int copied;
  private int kept;
  private int removed;

  private MavenRepositoryView(Path repository, Path view, Linker linker) {
    this.repository = repository;
    this.view = view;
    this.linker = linker;
  }

  /**
   * Brings {@code view} up to date with {@code repository}, creating it when missing.
   *
   * @throws SandboxException when the repository is not a directory or the view cannot be written
   */
  public static Stats sync(Path repository, Path view) {
    return sync(repository, view, Files::createLink);
  }

  static Stats sync(Path repository, Path view, Linker linker) {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(view, "view");
    if (!Files.isDirectory(repository)) {
      throw new SandboxException("the Maven repository " + repository + " is not a directory");
    }
    var sync = new MavenRepositoryView(repository, view, linker);
    try {
      Files.walkFileTree(repository, sync.new AddMissing());
      Files.walkFileTree(view, sync.new RemoveVanished());
    } catch (IOException | UncheckedIOException e) {
      throw new SandboxException(
          "cannot make a readable view of " + repository + " in " + view + ": " + e.getMessage(),
          e);
    }
    return new Stats(sync.linked, sync.copied, sync.kept, sync.removed);
  }

  private final class AddMissing extends SimpleFileVisitor<Path> {

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
        throws IOException {
      Path target = view.resolve(repository.relativize(dir).toString());
      if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
        Files.deleteIfExists(target);
        Files.createDirectories(target);
      }
      if (!Files.getPosixFilePermissions(target).equals(DIRECTORY)) {
        Files.setPosixFilePermissions(target, DIRECTORY);
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes source) throws IOException {
      if (!source.isRegularFile()) return FileVisitResult.CONTINUE;
      Path target = view.resolve(repository.relativize(file).toString());
      if (upToDate(target, source)) {
        kept++;
        return FileVisitResult.CONTINUE;
      }
      Files.deleteIfExists(target);
      if (readableByOthers(file) && tryLink(target, file)) {
        linked++;
      } else {
        copy(file, target);
        copied++;
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
      if (e instanceof NoSuchFileException) return FileVisitResult.CONTINUE; // vanished meanwhile
      throw e;
    }
  }

  private final class RemoveVanished extends SimpleFileVisitor<Path> {

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
        throws IOException {
      if (Files.isDirectory(original(dir), LinkOption.NOFOLLOW_LINKS)) {
        return FileVisitResult.CONTINUE;
      }
      deleteTree(dir);
      return FileVisitResult.SKIP_SUBTREE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
      if (!Files.isRegularFile(original(file), LinkOption.NOFOLLOW_LINKS)) {
        Files.deleteIfExists(file);
        removed++;
      }
      return FileVisitResult.CONTINUE;
    }

    private Path original(Path inView) {
      return repository.resolve(view.relativize(inView).toString());
    }

    private void deleteTree(Path dir) throws IOException {
      Files.walkFileTree(
          dir,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              Files.delete(file);
              removed++;
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
              if (e != null) throw e;
              Files.delete(d);
              removed++;
              return FileVisitResult.CONTINUE;
            }
          });
    }
  }

  /** A linked file is current while it is the same inode; a copy while size and time agree. */
  private static boolean upToDate(Path target, BasicFileAttributes source) throws IOException {
    BasicFileAttributes existing;
    try {
      existing = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      return false;
    }
    if (!existing.isRegularFile()) return false;
    if (source.fileKey() != null && source.fileKey().equals(existing.fileKey())) return true;
    // Copies keep the time to the microsecond at best: compare milliseconds.
    return existing.size() == source.size()
        && existing.lastModifiedTime().toMillis() == source.lastModifiedTime().toMillis();
  }

  private static boolean readableByOthers(Path file) throws IOException {
    return Files.getPosixFilePermissions(file, LinkOption.NOFOLLOW_LINKS)
        .contains(PosixFilePermission.OTHERS_READ);
  }

  private boolean tryLink(Path target, Path file) {
    try {
      linker.link(target, file);
      return true;
    } catch (FileAlreadyExistsException e) {
      return true; // another sync made it at the same moment
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      return false;
    }
  }

  private static void copy(Path file, Path target) throws IOException {
    Path partial = target.resolveSibling(target.getFileName() + ".kaizen-partial");
    Files.copy(
        file, partial, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING);
    Files.setPosixFilePermissions(partial, FILE);
    Files.move(
        partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }
}
