package dev.kaizen.sandbox.process;

import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxException;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.support.OutputTail;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs each command as a plain child process of this JVM, in the tree. It isolates nothing; see
 * {@link #weaknesses()}.
 *
 * <p>What it does enforce: the working directory is the tree; the environment is cleared to the
 * toolchain's variables ({@code PATH} of the host, a private {@code HOME} deleted afterwards,
 * {@code JAVA_HOME} of this JVM, {@code LANG}, {@code MAVEN_OPTS} pointing at the configured
 * repository) plus the command's own; the wall-clock timeout, which kills the whole process tree,
 * descendants first; and the bounded capture of both output streams. {@link #close()} kills every
 * process tree still running.
 */
public final class ProcessSandbox implements Sandbox {

  /** How long to wait, after the process ended, for its streams to be drained. */
  private static final long DRAIN_SECONDS = 5;

  private final Optional<Path> mavenRepository;
  private final Set<Process> running = ConcurrentHashMap.newKeySet();
  private final AtomicBoolean closed = new AtomicBoolean();

  public ProcessSandbox(SandboxSettings settings) {
    this.mavenRepository =
        Objects.requireNonNull(settings, "settings")
            .mavenRepository()
            .map(repo -> repo.toAbsolutePath().normalize());
  }

  @Override
  public ExecResult exec(Command command, Path tree, Limits limits) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(limits, "limits");
    if (closed.get()) throw new SandboxException("the sandbox is closed");
    if (!Files.isDirectory(tree)) throw new IllegalArgumentException("not a directory: " + tree);
    Path home = createHome();
    try {
      return run(command, tree, limits, home);
    } finally {
      deleteTree(home);
    }
  }

  private ExecResult run(Command command, Path tree, Limits limits, Path home) {
    var builder = new ProcessBuilder(command.argv()).directory(tree.toFile());
    builder.environment().clear();
    builder.environment().putAll(environment(command, home));
    long started = System.nanoTime();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return cannotStart(e, elapsedSince(started));
    }
    running.add(process);
    try {
      if (closed.get()) { // close() ran between the check in exec() and now
        ProcessTrees.kill(process);
        throw new SandboxException("the sandbox is closed");
      }
      closeInput(process);
      var stdout = StreamPump.start(process.getInputStream(), new OutputTail(limits.outputBytes()));
      var stderr = StreamPump.start(process.getErrorStream(), new OutputTail(limits.outputBytes()));
      boolean timedOut = false;
      if (!process.waitFor(limits.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
        timedOut = process.isAlive();
        ProcessTrees.kill(process);
      }
      int status = process.waitFor();
      Duration elapsed = elapsedSince(started);
      if (closed.get()) throw new SandboxException("the sandbox was closed while the command ran");
      // A descendant that left the tree may still hold the pipes; take what came so far.
      stdout.await(DRAIN_SECONDS);
      stderr.await(DRAIN_SECONDS);
      return new ExecResult(
          timedOut ? 137 : status,
          stdout.tail().text(),
          stderr.tail().text(),
          elapsed,
          timedOut,
          false,
          stdout.tail().truncated() || stderr.tail().truncated());
    } catch (InterruptedException e) {
      ProcessTrees.kill(process);
      Thread.currentThread().interrupt();
      throw new SandboxException("interrupted while '" + command.display() + "' ran", e);
    } finally {
      running.remove(process);
    }
  }

  /** Exactly the toolchain's variables and the command's own; nothing else from the host. */
  Map<String, String> environment(Command command, Path home) {
    var env = new LinkedHashMap<String, String>();
    String path = System.getenv("PATH");
    env.put("PATH", path == null ? "/usr/local/bin:/usr/bin:/bin" : path);
    env.put("HOME", home.toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("LANG", "C.UTF-8");
    mavenRepository.ifPresent(repo -> env.put("MAVEN_OPTS", "-Dmaven.repo.local=" + repo));
    env.putAll(command.environment());
    return env;
  }

  @Override
  public String backend() {
    return "process";
  }

  @Override
  public List<String> weaknesses() {
    return List.of(
        "network: commands reach every network this machine reaches",
        "filesystem: commands read and write every file of user '"
            + System.getProperty("user.name")
            + "', not only the tree; /tmp is the host's",
        "memory: no memory limit (limits.memory is ignored)",
        "processes: no process limit (limits.pids is ignored); a process that leaves the tree"
            + " (setsid, double fork) outlives the timeout",
        "cpu: no CPU limit (limits.cpus is ignored); GPUs are not restricted",
        "user: commands run as this user ('"
            + System.getProperty("user.name")
            + "'), not a"
            + " separate one");
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) return;
    for (Process process : Set.copyOf(running)) ProcessTrees.kill(process);
  }

  private static ExecResult cannotStart(IOException e, Duration elapsed) {
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    int status = message.contains("error=13") ? 126 : 127;
    return new ExecResult(status, "", message + "\n", elapsed, false, false, false);
  }

  private static void closeInput(Process process) {
    try {
      process.getOutputStream().close(); // no input: the command reads end-of-file
    } catch (IOException e) {
      // already gone
    }
  }

  private static Path createHome() {
    try {
      return Files.createTempDirectory("kaizen-home-");
    } catch (IOException e) {
      throw new SandboxException("cannot create a private HOME: " + e.getMessage(), e);
    }
  }

  private static void deleteTree(Path root) {
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
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
    } catch (IOException | UncheckedIOException e) {
      // best effort: a leftover in the temp directory is harmless
    }
  }

  private static Duration elapsedSince(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
