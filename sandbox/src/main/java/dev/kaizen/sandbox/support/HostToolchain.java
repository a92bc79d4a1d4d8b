package dev.kaizen.sandbox.support;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The JDK and Maven installation of the host, which sandboxed commands use as their toolchain.
 *
 * @param javaHome the running JVM's {@code java.home}
 * @param mavenHome the installation directory of the {@code mvn} found on the host's PATH, if any
 */
public record HostToolchain(Path javaHome, Optional<Path> mavenHome) {

  /** The program directories of a Debian system, the end of every sandbox's {@code PATH}. */
  public static final String STANDARD_PATH =
      "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

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
   * The variables a sandboxed command needs to find this toolchain when it sees only the toolchain
   * mounts: {@code PATH} (tool directories outside {@code /usr} first, then {@link
   * #STANDARD_PATH}), {@code JAVA_HOME} and a UTF-8 {@code LANG}.
   */
  public Map<String, String> environment() {
    List<String> path = new ArrayList<>();
    Path usr = Path.of("/usr");
    if (!ToolchainMounts.isUnder(javaHome, usr)) path.add(javaHome.resolve("bin").toString());
    mavenHome
        .filter(home -> !ToolchainMounts.isUnder(home, usr))
        .ifPresent(home -> path.add(home.resolve("bin").toString()));
    path.add(STANDARD_PATH);
    var env = new LinkedHashMap<String, String>();
    env.put("PATH", String.join(":", path));
    env.put("JAVA_HOME", javaHome.toString());
    env.put("LANG", "C.UTF-8");
    return env;
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
