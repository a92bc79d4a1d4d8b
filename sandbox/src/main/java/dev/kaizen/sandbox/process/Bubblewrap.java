package dev.kaizen.sandbox.process;

import dev.kaizen.sandbox.support.HostMount;
import dev.kaizen.sandbox.support.HostRoot;
import dev.kaizen.sandbox.support.HostToolchain;
import dev.kaizen.sandbox.support.ToolchainMounts;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The {@code bwrap} command line that runs one command isolated: new user (uid 65534, no
 * capabilities), pid, network (loopback only), ipc, uts and cgroup namespaces; a root of its own
 * holding only the host's toolchain, read-only, the tree read-write at its own path, a private
 * size-capped {@code /tmp}, a fresh {@code /proc} and a minimal {@code /dev}; the root remounted
 * read-only; a new session; and everything killed when Kaizen dies ({@code --die-with-parent}).
 *
 * <p>Nothing the kernel's namespaces cannot express is enforced: there is no memory, pids or CPU
 * limit (those need cgroups) and no seccomp filter.
 */
final class Bubblewrap {

  /** The user and group commands run as, inside the sandbox. */
  static final long SANDBOX_ID = 65534;

  private static final Map<Path, Probe> PROBES = new ConcurrentHashMap<>();
  private static final long PROBE_SECONDS = 10;

  private final Path executable;
  private final HostRoot root;
  private final List<HostMount> toolchain;

  Bubblewrap(Path executable, HostRoot root, List<HostMount> toolchain) {
    this.executable = Objects.requireNonNull(executable, "executable");
    this.root = Objects.requireNonNull(root, "root");
    this.toolchain = List.copyOf(Objects.requireNonNull(toolchain, "toolchain"));
  }

  /** bubblewrap for this host's root layout and this JVM's toolchain. */
  static Bubblewrap forThisHost(Path executable) {
    HostRoot root = HostRoot.scan();
    return new Bubblewrap(executable, root, ToolchainMounts.of(root, HostToolchain.ofThisJvm()));
  }

  /**
   * Whether bubblewrap works here, tried once per JVM: found on {@code PATH} (or in {@code
   * /usr/bin}), then run with the full isolation on {@code true}. Where user namespaces are
   * restricted, the try fails and says why.
   */
  static Probe probe() {
    Optional<Path> found = locate(System.getenv("PATH"));
    if (found.isEmpty()) {
      return new Probe(
          Optional.empty(),
          "bwrap is not installed (apt-get install bubblewrap to isolate commands)");
    }
    return probe(found.get());
  }

  /** Tries {@code executable} once (the answer is kept for the JVM's lifetime). */
  static Probe probe(Path executable) {
    return PROBES.computeIfAbsent(executable, exe -> tryOnce(forThisHost(exe)));
  }

  /**
   * The outcome of trying bubblewrap.
   *
   * @param bubblewrap the working bubblewrap; empty when it is missing or failed
   * @param verdict what was found, in one line: why commands run isolated or not
   */
  record Probe(Optional<Bubblewrap> bubblewrap, String verdict) {

    Probe {
      Objects.requireNonNull(bubblewrap, "bubblewrap");
      Objects.requireNonNull(verdict, "verdict");
    }

    boolean works() {
      return bubblewrap.isPresent();
    }
  }

  static Optional<Path> locate(String path) {
    List<String> dirs = new ArrayList<>();
    if (path != null) dirs.addAll(Arrays.asList(path.split(File.pathSeparator)));
    dirs.add("/usr/bin");
    return dirs.stream()
        .filter(dir -> !dir.isBlank())
        .map(dir -> Path.of(dir, "bwrap"))
        .filter(Files::isExecutable)
        .findFirst();
  }

  private static Probe tryOnce(Bubblewrap bwrap) {
    Path tree = null;
    try {
      tree = Files.createTempDirectory("kaizen-bwrap-probe-");
      var argv = bwrap.argv(List.of("true"), tree, 1L << 20, List.of());
      var builder = new ProcessBuilder(argv).redirectErrorStream(true);
      builder.environment().clear();
      builder.environment().put("PATH", HostToolchain.STANDARD_PATH);
      Process process = builder.start();
      process.getOutputStream().close();
      if (!process.waitFor(PROBE_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return failed(bwrap, "it did not finish within " + PROBE_SECONDS + " s");
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        String firstLine = output.lines().findFirst().orElse("no message");
        return failed(bwrap, firstLine + " (exit " + process.exitValue() + ")");
      }
      return new Probe(
          Optional.of(bwrap), "bubblewrap isolates commands (" + bwrap.executable + ")");
    } catch (IOException e) {
      return failed(bwrap, e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return failed(bwrap, "interrupted");
    } finally {
      if (tree != null) {
        try {
          Files.deleteIfExists(tree);
        } catch (IOException e) {
          // an empty directory in the temp directory
        }
      }
    }
  }

  private static Probe failed(Bubblewrap bwrap, String why) {
    return new Probe(
        Optional.empty(),
        bwrap.executable
            + " cannot isolate commands here (user namespaces may be restricted): "
            + why);
  }

  /**
   * The command line that runs {@code command} in {@code tree}.
   *
   * @param tmpBytes size of the private {@code /tmp}
   * @param readOnly more host paths to show read-only (the Maven repository, the user list)
   */
  List<String> argv(List<String> command, Path tree, long tmpBytes, List<HostMount> readOnly) {
    return argv(command, tree, tmpBytes, readOnly, Optional.empty(), Optional.empty());
  }

  /**
   * The command line, with {@code marker} (from {@link #newRunMarker()}) among bubblewrap's own
   * options, where every bubblewrap process of the run carries it: the child bubblewrap clones
   * keeps its parent's command line, so it can be found and killed even when it was orphaned while
   * being started, before {@code --die-with-parent} took effect. A {@code results} directory is
   * shown writable at its own path.
   */
  List<String> argv(
      List<String> command,
      Path tree,
      long tmpBytes,
      List<HostMount> readOnly,
      Optional<Path> results,
      Optional<String> marker) {
    var argv = new ArrayList<String>();
    argv.add(executable.toString());
    marker.ifPresent(name -> add(argv, "--unsetenv", name)); // unsets nothing: a name to find
    argv.addAll(
        List.of(
            "--unshare-all",
            "--unshare-user",
            "--uid",
            Long.toString(SANDBOX_ID),
            "--gid",
            Long.toString(SANDBOX_ID),
            "--cap-drop",
            "ALL",
            "--die-with-parent",
            "--new-session"));
    root.links().forEach((name, target) -> add(argv, "--symlink", target, "/" + name));
    add(argv, "--dev", "/dev");
    add(argv, "--proc", "/proc");
    // /tmp first, so that binds below it (a tree in a temporary directory) land on top of it
    add(argv, "--size", Long.toString(tmpBytes));
    add(argv, "--tmpfs", "/tmp");
    for (HostMount mount : toolchain) add(argv, "--ro-bind", mount.source(), mount.target());
    for (HostMount mount : readOnly) add(argv, "--ro-bind", mount.source(), mount.target());
    add(argv, "--bind", tree, tree);
    results.ifPresent(r -> add(argv, "--bind", r, r));
    add(argv, "--remount-ro", "/");
    add(argv, "--chdir", tree);
    argv.add("--");
    argv.addAll(command);
    return argv;
  }

  /** A fresh marker: the name of an environment variable that no command has. */
  static String newRunMarker() {
    return "KAIZEN_RUN_" + UUID.randomUUID().toString().replace("-", "");
  }

  /** bubblewrap's words when the program cannot be executed ({@code bwrap: execvp x: ...}). */
  static Optional<Integer> cannotExec(int status, String stderr) {
    if (status != 1 || !stderr.startsWith("bwrap: execvp ")) return Optional.empty();
    return Optional.of(stderr.contains("Permission denied") ? 126 : 127);
  }

  private static void add(List<String> argv, String option, Object... values) {
    argv.add(option);
    for (Object value : values) argv.add(value.toString());
  }

  @Override
  public String toString() {
    return "bubblewrap " + executable;
  }
}
