package dev.kaizen.sandbox.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A JVM started by a test with this test run's class path, its output kept in a file (a child
 * sharing the surefire fork's streams would corrupt its channel).
 */
public final class ChildJvm implements AutoCloseable {

  private final Process process;
  private final Path output;

  private ChildJvm(Process process, Path output) {
    this.process = process;
    this.output = output;
  }

  /** Starts {@code mainClass} with {@code args}, adding {@code env} to this JVM's environment. */
  public static ChildJvm start(Class<?> mainClass, Map<String, String> env, String... args)
      throws IOException {
    Path output = Files.createTempFile("kaizen-child-", ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Dmaven.repo.local=" + TestSandboxes.MAVEN_REPOSITORY);
    command.add(mainClass.getName());
    command.addAll(List.of(args));
    var builder =
        new ProcessBuilder(command)
            .directory(Path.of(System.getProperty("user.dir")).toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile());
    builder.environment().putAll(env);
    return new ChildJvm(builder.start(), output);
  }

  public long pid() {
    return process.pid();
  }

  /** Waits for the child to exit by itself and returns its output. */
  public String awaitOutput(long seconds) throws Exception {
    if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
      throw new AssertionError(
          "the child JVM did not finish within " + seconds + " s:\n" + output());
    }
    return output();
  }

  /** Kills the child as {@code kill -9} would, and waits until it is gone (and reaped). */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) throw new AssertionError("the child did not die");
  }

  public String output() throws IOException {
    return Files.readString(output);
  }

  @Override
  public void close() throws IOException {
    process.destroyForcibly();
    Files.deleteIfExists(output);
  }
}
