package dev.kaizen.sandbox.process;

import dev.kaizen.sandbox.Attack;
import dev.kaizen.sandbox.Capabilities;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxException;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.SandboxUnavailableException;
import dev.kaizen.sandbox.support.Directories;
import dev.kaizen.sandbox.support.HostMount;
import dev.kaizen.sandbox.support.HostToolchain;
import dev.kaizen.sandbox.support.OutputTail;
import dev.kaizen.sandbox.support.PeakSampler;
import dev.kaizen.sandbox.support.UserList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs each command as a child process of this JVM, in the tree: under bubblewrap (the {@value
 * ProcessBackend#NAME} backend) or, only when asked for by name, as a plain process that isolates
 * nothing (the {@value ProcessBackend#UNSAFE_NAME} backend). Which one is fixed when the sandbox is
 * made: a bubblewrap sandbox is never made where bubblewrap does not work. See {@link
 * #weaknesses()}.
 *
 * <p>Both modes enforce: the working directory is the tree; the environment is cleared to the
 * toolchain's variables ({@code PATH}, a private {@code HOME}, {@code JAVA_HOME}, {@code LANG},
 * {@code MAVEN_OPTS} pointing at the configured repository) plus the command's own; the wall-clock
 * timeout, which kills the whole process tree, descendants first; and the bounded capture of both
 * output streams. {@link #close()} kills every process tree still running.
 *
 * <p>Both modes report the process tree's peak memory, sampled from {@code /proc} every 20 ms (see
 * {@link ProcessTreeMemory}): the highest summed resident memory seen, a lower bound that can miss
 * short peaks between samples; the tree's files in a tmpfs are not counted.
 *
 * <p>Under bubblewrap ({@link Mode#BUBBLEWRAP}) a command also gets: no network but loopback; only
 * the host's toolchain (and the Maven repository) to see, read-only, besides the tree; a private
 * {@code /tmp} of {@code limits.tmp} (also {@code HOME}); uid 65534 without capabilities; its own
 * process namespace (it sees no process of the host, so no other environment than its own, and
 * nothing it starts outlives it); and death with Kaizen. Memory, process and CPU limits it cannot
 * enforce.
 */
public final class ProcessSandbox implements Sandbox {

  /** How the commands are run. */
  public enum Mode {
    /** Plain child processes: no isolation at all ({@value ProcessBackend#UNSAFE_NAME}). */
    PLAIN,
    /** Under bubblewrap: namespaces, read-only host files, no network; no resource limits. */
    BUBBLEWRAP
  }

  /** How long to wait, after the process ended, for its streams to be drained. */
  private static final long DRAIN_SECONDS = 5;

  private final Optional<Path> mavenRepository;
  private final Optional<Bubblewrap> bubblewrap;
  private final String modeReason;
  private final List<HostMount> readOnly;
  private final Map<String, String> toolchainEnvironment;

  /** Running processes, each with the marker its bubblewrap processes carry (if any). */
  private final Map<Process, Optional<String>> running = new ConcurrentHashMap<>();

  private final AtomicBoolean closed = new AtomicBoolean();

  private ProcessSandbox(
      SandboxSettings settings, Optional<Bubblewrap> bubblewrap, String modeReason) {
    Objects.requireNonNull(settings, "settings");
    this.mavenRepository =
        settings.mavenRepository().map(repo -> repo.toAbsolutePath().normalize());
    this.bubblewrap = bubblewrap;
    this.modeReason = Objects.requireNonNull(modeReason, "modeReason");
    this.readOnly = bubblewrap.isPresent() ? readOnlyMounts(settings) : List.of();
    this.toolchainEnvironment = HostToolchain.ofThisJvm().environment();
  }

  /** Plain processes, even where bubblewrap works: the {@value ProcessBackend#UNSAFE_NAME} mode. */
  public static ProcessSandbox plain(SandboxSettings settings) {
    return new ProcessSandbox(
        settings, Optional.empty(), "not used: the unsafe-process backend runs plain processes");
  }

  /**
   * Commands under the bubblewrap found on {@code PATH} (tried once per JVM).
   *
   * @throws SandboxUnavailableException when bubblewrap is missing or cannot create namespaces
   *     here, saying why and what to do; never plain processes instead
   */
  public static ProcessSandbox bubblewrap(SandboxSettings settings) {
    return bubblewrap(settings, Bubblewrap.probe());
  }

  /** Commands under the bubblewrap {@code probe} found; fails closed when it does not work. */
  static ProcessSandbox bubblewrap(SandboxSettings settings, Bubblewrap.Probe probe) {
    if (!probe.works()) {
      throw new SandboxUnavailableException(
          ProcessBackend.needsBubblewrap(probe)
              + "; or use sandbox.backend: docker (or auto), or "
              + ProcessBackend.UNSAFE_NAME
              + " to run candidates without isolation");
    }
    return new ProcessSandbox(settings, probe.bubblewrap(), probe.verdict());
  }

  /** Whether commands run under bubblewrap or as plain processes. */
  public Mode mode() {
    return bubblewrap.isPresent() ? Mode.BUBBLEWRAP : Mode.PLAIN;
  }

  /** Why this mode, in one line: bubblewrap works (and where), or not used (plain processes). */
  public String modeReason() {
    return modeReason;
  }

  @Override
  public ExecResult exec(Command command, Path tree, Limits limits) {
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(limits, "limits");
    if (closed.get()) throw new SandboxException("the sandbox is closed");
    if (!Files.isDirectory(tree)) throw new IllegalArgumentException("not a directory: " + tree);
    Path workspace = tree.toAbsolutePath().normalize();
    Optional<Path> results = command.resultsOutside(workspace);
    if (bubblewrap.isPresent()) {
      Bubblewrap bwrap = bubblewrap.get();
      String marker = Bubblewrap.newRunMarker();
      List<String> argv =
          bwrap.argv(
              command.argv(), workspace, limits.tmpBytes(), readOnly, results, Optional.of(marker));
      return run(
          command, argv, workspace, limits, bubblewrapEnvironment(command), Optional.of(marker));
    }
    Path home = createHome();
    try {
      return run(
          command, command.argv(), workspace, limits, environment(command, home), Optional.empty());
    } finally {
      Directories.deleteQuietly(home);
    }
  }

  private ExecResult run(
      Command command,
      List<String> argv,
      Path tree,
      Limits limits,
      Map<String, String> env,
      Optional<String> marker) {
    var builder = new ProcessBuilder(argv).directory(tree.toFile());
    builder.environment().clear();
    builder.environment().putAll(env);
    long started = System.nanoTime();
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      return cannotStart(e, elapsedSince(started));
    }
    running.put(process, marker);
    PeakSampler memory = ProcessTreeMemory.watch(process);
    try {
      if (closed.get()) { // close() ran between the check in exec() and now
        ProcessTrees.kill(process, marker);
        throw new SandboxException("the sandbox is closed");
      }
      closeInput(process);
      var stdout = StreamPump.start(process.getInputStream(), new OutputTail(limits.outputBytes()));
      var stderr = StreamPump.start(process.getErrorStream(), new OutputTail(limits.outputBytes()));
      boolean timedOut = false;
      if (!process.waitFor(limits.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
        timedOut = process.isAlive();
        ProcessTrees.kill(process, marker);
      }
      int status = process.waitFor();
      Duration elapsed = elapsedSince(started);
      OptionalLong peakMemory = memory.stop();
      if (closed.get()) throw new SandboxException("the sandbox was closed while the command ran");
      // A descendant that left the tree may still hold the pipes; take what came so far.
      stdout.await(DRAIN_SECONDS);
      stderr.await(DRAIN_SECONDS);
      String err = stderr.tail().text();
      if (!timedOut && bubblewrap.isPresent()) {
        status = Bubblewrap.cannotExec(status, err).orElse(status);
      }
      return new ExecResult(
          timedOut ? 137 : status,
          stdout.tail().text(),
          err,
          elapsed,
          timedOut,
          false,
          stdout.tail().truncated() || stderr.tail().truncated(),
          peakMemory);
    } catch (InterruptedException e) {
      ProcessTrees.kill(process, marker);
      Thread.currentThread().interrupt();
      throw new SandboxException("interrupted while '" + command.display() + "' ran", e);
    } finally {
      memory.stop();
      running.remove(process);
    }
  }

  /** Exactly the toolchain's variables and the command's own; nothing else from the host. */
  Map<String, String> environment(Command command, Path home) {
    var env = new LinkedHashMap<String, String>();
    String path = System.getenv("PATH");
    env.put("PATH", path == null ? HostToolchain.STANDARD_PATH : path);
    env.put("HOME", home.toString());
    env.put("JAVA_HOME", System.getProperty("java.home"));
    env.put("LANG", "C.UTF-8");
    mavenRepository.ifPresent(repo -> env.put("MAVEN_OPTS", "-Dmaven.repo.local=" + repo));
    env.putAll(command.environment());
    command.results().ifPresent(r -> env.put(Command.RESULTS_VARIABLE, r.toString()));
    return env;
  }

  /** Under bubblewrap: the toolchain's variables as it sees them; {@code HOME} is its /tmp. */
  private Map<String, String> bubblewrapEnvironment(Command command) {
    var env = new LinkedHashMap<>(toolchainEnvironment);
    env.put("HOME", "/tmp");
    mavenRepository.ifPresent(repo -> env.put("MAVEN_OPTS", "-Dmaven.repo.local=" + repo));
    env.putAll(command.environment());
    command.results().ifPresent(r -> env.put(Command.RESULTS_VARIABLE, r.toString()));
    return env;
  }

  @Override
  public String backend() {
    return mode() == Mode.BUBBLEWRAP ? ProcessBackend.NAME : ProcessBackend.UNSAFE_NAME;
  }

  /** Partial isolation under bubblewrap, none as plain processes; never a resource limit. */
  @Override
  public Capabilities capabilities() {
    return mode() == Mode.BUBBLEWRAP ? ProcessBackend.CAPABILITIES : Capabilities.NONE;
  }

  /**
   * Says whether commands run under bubblewrap or as plain processes, and why ({@link
   * #modeReason()}), before the weaknesses, and what would contain them.
   */
  @Override
  public String warning(String why) {
    var text = new StringBuilder();
    boolean bubblewrap = mode() == Mode.BUBBLEWRAP;
    if (bubblewrap) {
      text.append("WARNING: THE SANDBOX IS PARTIAL. Commands run under bubblewrap: no network,")
          .append(" the host's files hidden or read-only, a private /tmp, no capabilities; but")
          .append(" no memory, process or CPU limits.\n");
    } else {
      text.append("WARNING: THE SANDBOX ISOLATES NOTHING. Commands run as plain processes on this")
          .append(" machine, with its network, its files, Kaizen's environment and no resource")
          .append(" limits.\n");
    }
    text.append("  why: ").append(why).append('\n');
    text.append("  bubblewrap: ").append(modeReason()).append('\n');
    for (String weakness : weaknesses()) text.append("  - ").append(weakness).append('\n');
    if (bubblewrap) {
      text.append("  Run a Docker engine (sudo dockerd &, or DOCKER_HOST) to contain them fully.");
    } else {
      text.append("  Run a Docker engine (sudo dockerd &, or DOCKER_HOST) or install bubblewrap,")
          .append(" and use sandbox.backend: auto, to isolate them.");
    }
    return text.toString();
  }

  @Override
  public List<String> weaknesses() {
    return mode() == Mode.BUBBLEWRAP ? BUBBLEWRAP_WEAKNESSES : plainWeaknesses();
  }

  @Override
  public Set<Attack> uncontained() {
    return mode() == Mode.BUBBLEWRAP
        ? EnumSet.of(Attack.MEMORY_HOG, Attack.FORK_BOMB)
        : EnumSet.complementOf(EnumSet.of(Attack.ENDLESS_LOOP, Attack.OUTPUT_FLOOD));
  }

  private static final List<String> BUBBLEWRAP_WEAKNESSES =
      List.of(
          "memory: no memory limit (limits.memory is ignored); a memory hog can exhaust the"
              + " machine's memory",
          "processes: no process limit (limits.pids is ignored); a fork bomb can fill the"
              + " machine's process table until the timeout kills it",
          "cpu: no CPU limit (limits.cpus is ignored); no GPU either, whatever limits.gpus says"
              + " (the sandbox's /dev has no GPU devices)",
          "host user: commands are uid 65534 without capabilities inside, but Kaizen's own user ('"
              + System.getProperty("user.name")
              + "') on the host, who owns what they write in the tree",
          "syscalls: no seccomp filter (Docker applies its default profile)");

  private static List<String> plainWeaknesses() {
    String user = System.getProperty("user.name");
    return List.of(
        "network: commands reach every network this machine reaches",
        "writes: commands write every file user '" + user + "' may write, not only the tree",
        "reads: commands read every file user '" + user + "' may read (keys, other projects)",
        "tmp: /tmp is the host's, shared and without a size limit",
        "environment: the command starts with a cleared environment, but reads Kaizen's own (API"
            + " keys included) in /proc/<pid>/environ, as every process of user '"
            + user
            + "' may",
        "memory: no memory limit (limits.memory is ignored)",
        "processes: no process limit (limits.pids is ignored)",
        "detached: a process that leaves the command's tree (setsid, double fork) is not killed"
            + " with it nor at the timeout, and keeps running into later runs",
        "cpu: no CPU limit (limits.cpus is ignored); GPUs are not restricted",
        "user: commands run as this user ('" + user + "'), with all its privileges",
        "orphans: when Kaizen is killed, the commands it ran keep running");
  }

  /** The Maven repository at its own path, and a user list naming uid 65534. */
  private List<HostMount> readOnlyMounts(SandboxSettings settings) {
    var mounts = new ArrayList<HostMount>();
    mavenRepository.ifPresent(repo -> mounts.add(HostMount.readOnly(repo)));
    Path users = settings.stateDirectory().toAbsolutePath().normalize().resolve("bubblewrap");
    mounts.add(
        new HostMount(
            writeIfChanged(users.resolve("passwd"), UserList.PASSWD), "/etc/passwd", true));
    mounts.add(
        new HostMount(writeIfChanged(users.resolve("group"), UserList.GROUP), "/etc/group", true));
    return List.copyOf(mounts);
  }

  private static Path writeIfChanged(Path file, String content) {
    try {
      if (Files.isRegularFile(file) && Files.readString(file).equals(content)) return file;
      Files.createDirectories(file.getParent());
      Path partial =
          Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial");
      Files.writeString(partial, content);
      Files.setPosixFilePermissions(partial, PosixFilePermissions.fromString("rw-r--r--"));
      Files.move(
          partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return file;
    } catch (IOException e) {
      throw new SandboxException("cannot write the sandbox's user list " + file + ": " + e, e);
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) return;
    Map.copyOf(running).forEach(ProcessTrees::kill);
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

  private static Duration elapsedSince(long startNanos) {
    return Duration.ofNanos(System.nanoTime() - startNanos);
  }
}
