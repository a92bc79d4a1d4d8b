package dev.kaizen.sandbox.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The read-only mounts that make the host's JDK and Maven runnable in a sandbox that sees nothing
 * else of the host (the Docker host image, bubblewrap).
 *
 * <p>Always {@code /usr} and the real top-level program directories; {@code /etc/alternatives}
 * (Debian's {@code /usr/bin/java} goes through it); the JDK and the Maven installation when they
 * live outside {@code /usr}; and every directory that a symbolic link inside the JDK or Maven
 * points to outside those mounts — on Debian {@code /etc/java-17-openjdk} (the JDK's {@code conf}),
 * {@code /etc/ssl/certs/java} ({@code cacerts}) and {@code /etc/maven} (Maven's {@code conf}).
 * Nothing else of {@code /etc}, {@code /home} or {@code /root} is mounted.
 */
public final class ToolchainMounts {

  private static final Path USR = Path.of("/usr");
  private static final Path ALTERNATIVES = Path.of("/etc/alternatives");

  private final List<Path> covered = new ArrayList<>();
  private final List<HostMount> mounts = new ArrayList<>();

  private ToolchainMounts() {}

  /** The mounts for the real host: its {@code /usr}, root directories and toolchain. */
  public static List<HostMount> of(HostRoot root, HostToolchain toolchain) {
    return of(root, toolchain, USR, ALTERNATIVES);
  }

  static List<HostMount> of(HostRoot root, HostToolchain toolchain, Path usr, Path alternatives) {
    var result = new ToolchainMounts();
    result.mount(usr, usr.toString());
    root.directories().forEach(dir -> result.mount(dir, dir.toString()));
    if (Files.isDirectory(alternatives)) result.mount(alternatives, alternatives.toString());
    result.mountInstallation(toolchain.javaHome());
    toolchain.mavenHome().ifPresent(result::mountInstallation);
    var escapes = new TreeSet<Path>();
    result.collectEscapes(toolchain.javaHome(), escapes);
    toolchain.mavenHome().ifPresent(home -> result.collectEscapes(home, escapes));
    for (Path dir : escapes) {
      if (!result.isCovered(dir)) result.mount(dir, dir.toString());
    }
    return List.copyOf(result.mounts);
  }

  /** Whether a path inside {@code installation} needs no extra mount to be seen in the sandbox. */
  public static boolean isUnder(Path path, Path installation) {
    return path.normalize().startsWith(installation.normalize());
  }

  /** Mounts an installation so that both its real path and the path it is known by resolve. */
  private void mountInstallation(Path home) {
    Path real = realPath(home);
    if (!isCovered(real)) mount(real, real.toString());
    if (!isCovered(home)) mount(real, home.toString());
  }

  /** Directories outside the mounts that symbolic links inside {@code home} lead to. */
  private void collectEscapes(Path home, TreeSet<Path> escapes) {
    try {
      Files.walkFileTree(
          realPath(home),
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (attrs.isSymbolicLink()) {
                try {
                  Path target = file.toRealPath();
                  if (!isCovered(target)) {
                    escapes.add(Files.isDirectory(target) ? target : target.getParent());
                  }
                } catch (IOException dangling) {
                  // a link to nothing (src.zip without the sources): nothing to mount
                }
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void mount(Path source, String target) {
    mounts.add(new HostMount(realPath(source), target, true));
    covered.add(Path.of(target));
  }

  private boolean isCovered(Path path) {
    return covered.stream().anyMatch(mounted -> isUnder(path, mounted));
  }

  private static Path realPath(Path path) {
    try {
      return path.toRealPath();
    } catch (IOException e) {
      return path;
    }
  }
}
