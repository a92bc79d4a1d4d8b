package dev.kaizen.sandbox.docker;

import com.sun.security.auth.module.UnixSystem;
import dev.kaizen.sandbox.SandboxException;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The user commands run as in a container: never root.
 *
 * <p>When Kaizen itself runs as root, commands run as {@code nobody} (65534:65534): the tree is
 * handed to that user before each command ({@code chown -R}, which only root can do), and the Maven
 * repository, unreadable to it, is offered through a readable view. Otherwise commands run as
 * Kaizen's own user, read the repository directly, and the files they write in the tree belong to
 * that user.
 *
 * @param uid the user id in the container
 * @param gid the group id in the container
 * @param ownsTree whether the tree is handed over to this user before each command
 */
record ContainerUser(long uid, long gid, boolean ownsTree) {

  static final long NOBODY = 65534;

  /** The user for commands started by this process. */
  static ContainerUser forThisProcess() {
    var self = new UnixSystem();
    return forHostUser(self.getUid(), self.getGid());
  }

  static ContainerUser forHostUser(long uid, long gid) {
    return uid == 0 ? new ContainerUser(NOBODY, NOBODY, true) : new ContainerUser(uid, gid, false);
  }

  /** As Docker's {@code --user} takes it. */
  String spec() {
    return uid + ":" + gid;
  }

  /** Whether this user may not read what only the host's root can. */
  boolean needsReadableView() {
    return ownsTree;
  }

  /** Makes {@code tree} writable by this user, when it is not Kaizen's own. */
  void claim(Path tree) {
    if (!ownsTree) return;
    try {
      Files.walkFileTree(
          tree,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
                throws IOException {
              chown(dir);
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs)
                throws IOException {
              chown(file);
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new SandboxException("cannot hand " + tree + " to uid " + uid + ": " + e, e);
    }
  }

  private void chown(Path path) throws IOException {
    var ids = Files.readAttributes(path, "unix:uid,gid", LinkOption.NOFOLLOW_LINKS);
    if (((Number) ids.get("uid")).longValue() != uid) {
      Files.setAttribute(path, "unix:uid", (int) uid, LinkOption.NOFOLLOW_LINKS);
    }
    if (((Number) ids.get("gid")).longValue() != gid) {
      Files.setAttribute(path, "unix:gid", (int) gid, LinkOption.NOFOLLOW_LINKS);
    }
  }
}
