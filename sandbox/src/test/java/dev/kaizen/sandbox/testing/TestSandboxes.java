package dev.kaizen.sandbox.testing;

import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.SandboxSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/** Settings, limits and host observations shared by the sandbox tests. */
public final class TestSandboxes {

  /**
   * The Maven repository of the build running these tests, which holds everything it resolved
   * (surefire passes it as {@code maven.repo.local}; inside Kaizen's own sandbox that is /m2).
   */
  public static final Path MAVEN_REPOSITORY =
      Path.of(
          System.getProperty(
              "maven.repo.local",
              Path.of(System.getProperty("user.home"), ".m2", "repository").toString()));

  /** Kept between runs so that the readable repository view is only topped up. */
  public static final Path STATE_DIRECTORY = Path.of("target", "kaizen-state").toAbsolutePath();

  /** Generous enough for a small Maven build, small enough that a hung test ends. */
  public static final Limits LIMITS =
      Limits.DEFAULT.withTimeout(Duration.ofMinutes(3)).withMemoryBytes(1L << 30);

  private TestSandboxes() {}

  public static SandboxSettings settings(String backend) {
    return new SandboxSettings(
        backend,
        SandboxSettings.HOST_IMAGE,
        Optional.of(MAVEN_REPOSITORY),
        STATE_DIRECTORY,
        LIMITS);
  }

  /**
   * Command lines of the live processes on this host that contain {@code text}. Containers'
   * processes are included: the engine runs in this machine's process namespace. Zombies have an
   * empty command line and are left out.
   */
  public static List<String> processesMatching(String text) {
    try (Stream<Path> entries = Files.list(Path.of("/proc"))) {
      return entries
          .filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit))
          .map(TestSandboxes::commandLine)
          .filter(line -> line.contains(text))
          .toList();
    } catch (IOException e) {
      throw new IllegalStateException("cannot list /proc", e);
    }
  }

  /** Polls {@code condition} until it holds or {@code timeout} passes; returns the last answer. */
  public static boolean eventually(Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) return false;
      Thread.sleep(50);
    }
    return true;
  }

  private static String commandLine(Path process) {
    try {
      return new String(Files.readAllBytes(process.resolve("cmdline"))).replace('\0', ' ').trim();
    } catch (IOException gone) {
      return "";
    }
  }
}
