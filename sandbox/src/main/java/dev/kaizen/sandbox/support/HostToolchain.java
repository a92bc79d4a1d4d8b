package dev.kaizen.sandbox.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The JDK and Maven installation of the host, which sandboxed commands use as their toolchain.
 *
 * @param javaHome the running JVM's {@code java.home}
 * @param mavenHome the installation directory of the {@code mvn} found on the host's PATH, if any
 */
public record HostToolchain(Path javaHome, Optional<Path> mavenHome) {

  public HostToolchain {
    Objects.requireNonNull(javaHome, "javaHome");
    Objects.requireNonNull(mavenHome, "mavenHome");
  }

  /**
   * The toolchain of this JVM: its own {@code java.home} and the {@code mvn} on the host's PATH.
   */
  public static HostToolchain ofThisJvm() {
    Path javaHome = Path.of(System.getProperty("java.home"));
    return new HostToolchain(javaHome, findMavenHome(System.getenv("PATH")));
  }

  /**
   * Finds the Maven installation behind the first {@code mvn} on {@code path}: the real location of
   * the script, two levels up ({@code <home>/bin/mvn}).
   */
  static Optional<Path> findMavenHome(String path) {
    if (path == null) return Optional.empty();
    return Arrays.stream(path.split(File.pathSeparator))
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, "mvn"))
        .filter(Files::isExecutable)
        .findFirst()
        .flatMap(HostToolchain::installationOf);
  }

  private static Optional<Path> installationOf(Path mvn) {
    try {
      Path bin = mvn.toRealPath().getParent();
      Path home = bin == null ? null : bin.getParent();
      return home != null && Files.isDirectory(home.resolve("lib"))
          ? Optional.of(home)
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
