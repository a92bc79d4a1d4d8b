package dev.kaizen.agent.profile;

import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.UntrustedFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Profiles a command in the sandbox: every JVM it starts records itself with Java Flight Recorder,
 * and the recordings are read with {@link Hotspots}.
 *
 * <p>Recording works through {@code JAVA_TOOL_OPTIONS}, which every JVM reads and every child
 * process inherits (Maven, its Surefire forks, JMH forks), so each writes its own recording ({@code
 * settings=profile}: an execution sample every 10 ms per thread) when it exits. They write into a
 * fresh directory in the tree, named by a path the JVMs see: the command is wrapped in {@code
 * /bin/sh}, which starts in the tree as every sandbox promises and names the directory after its
 * own working directory (the tree is {@code /workspace} in a container, its own path in the process
 * backend). The path must be absolute, since Maven and Surefire forks may run elsewhere, and the
 * directory must exist before the JVMs start: given a directory that does not exist, JDK 17 writes
 * one file of that name, which each JVM would overwrite. It is deleted afterwards, so the tree is
 * left as it was.
 *
 * <p>A JVM killed before it exits (a timeout) writes no recording. The stderr of every JVM starts
 * with {@code Picked up JAVA_TOOL_OPTIONS: …}; that is expected.
 */
public final class Profiler {

  /** The start of the recording directory's name in the tree; hidden, so the index skips it. */
  static final String DIRECTORY_PREFIX = ".kaizen-jfr-";

  /**
   * Sets {@code JAVA_TOOL_OPTIONS} for the recording directory {@code $PWD/$1}, keeping what the
   * variable held, then runs the command. {@code -Xlog:jfr+startup=error} keeps JFR's "Started
   * recording" lines off stdout, which evals read. A comma (the option separator of {@code
   * -XX:StartFlightRecording}) or a quote in the path cannot be passed: then it fails with 125
   * without running the command.
   */
  private static final String WRAPPER =
      """
      dir="$PWD/$1"; shift
      case "$dir" in
        *[,\\'\\"]*) echo "kaizen: cannot profile in $dir: the path has a comma or a quote" >&2; exit 125 ;;
      esac
      JAVA_TOOL_OPTIONS="-XX:StartFlightRecording=settings=profile,dumponexit=true,filename='$dir/' \
      -Xlog:jfr+startup=error${JAVA_TOOL_OPTIONS:+ $JAVA_TOOL_OPTIONS}"
      export JAVA_TOOL_OPTIONS
      exec "$@"
      """;

  private static final int STDERR_LINES = 3;

  /** The largest recording read (a profile of a few minutes is some megabytes). */
  private static final long MAX_RECORDING_BYTES = 2L << 30;

  private Profiler() {}

  /**
   * Runs {@code command} on {@code tree} in {@code sandbox} with every JVM recording, and reads the
   * recordings against {@code index}.
   *
   * <p>The command failing (a non-zero exit, a timeout, out of memory), writing no recording, or a
   * recording that cannot be read is reported in {@link Profile#problems()}; whatever could be read
   * is still returned.
   *
   * @param tree the directory the command runs on; a recording directory is made in it and removed
   *     again
   * @param command what to run; its own {@code JAVA_TOOL_OPTIONS}, if any, are kept
   * @param index the index of {@code tree}'s code
   * @param limit the most methods to return, not negative
   * @throws dev.kaizen.sandbox.SandboxException when the sandbox itself fails
   * @throws UncheckedIOException when no directory can be made in the tree
   */
  public static Profile record(
      Sandbox sandbox, Path tree, Command command, Limits limits, CodeIndex index, int limit) {
    Objects.requireNonNull(sandbox, "sandbox");
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(command, "command");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(index, "index");
    if (limit < 0) throw new IllegalArgumentException("limit must not be negative: " + limit);
    Path directory;
    try {
      directory = Files.createTempDirectory(tree, DIRECTORY_PREFIX);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot make a recording directory in " + tree + ": " + e.getMessage(), e);
    }
    var problems = new ArrayList<String>();
    Profile read;
    Optional<String> cleanup;
    try {
      ExecResult result =
          sandbox.exec(recording(command, directory.getFileName().toString()), tree, limits);
      if (!result.succeeded()) problems.add(failure(command, result));
      List<Path> recordings = recordings(directory, problems);
      if (recordings.isEmpty()) {
        problems.add(
            "no recording was written: '"
                + command.display()
                + "' started no JVM, or none exited by itself");
      }
      read = Hotspots.read(recordings, index, limit);
    } finally {
      cleanup = delete(directory);
    }
    problems.addAll(read.problems());
    cleanup.ifPresent(problems::add);
    return new Profile(read.methods(), read.totalSamples(), problems);
  }

  /** {@code command}, wrapped so that every JVM it starts records into {@code $PWD/directory/}. */
  static Command recording(Command command, String directory) {
    var argv =
        new ArrayList<String>(List.of("/bin/sh", "-c", WRAPPER, "kaizen-profile", directory));
    argv.addAll(command.argv());
    return new Command(argv, command.environment());
  }

  /** {@code 'mvn test' failed: exit 1 after 812 ms; stderr ends: … | …}, on one line. */
  private static String failure(Command command, ExecResult result) {
    List<String> lines =
        result
            .stderr()
            .lines()
            .map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("Picked up JAVA_TOOL_OPTIONS:"))
            .toList();
    String tail =
        String.join(" | ", lines.subList(Math.max(0, lines.size() - STDERR_LINES), lines.size()));
    return "'"
        + command.display()
        + "' failed: "
        + result.summary()
        + (tail.isEmpty() ? "" : "; stderr ends: " + tail);
  }

  /**
   * The recordings in {@code directory}: regular files only, since the profiled command could have
   * put a link to a host file there (see {@link UntrustedFiles}).
   */
  private static List<Path> recordings(Path directory, List<String> problems) {
    try (Stream<Path> files = Files.list(directory)) {
      var safe = new ArrayList<Path>();
      for (Path f :
          files.filter(f -> f.getFileName().toString().endsWith(".jfr")).sorted().toList()) {
        try {
          safe.add(UntrustedFiles.check(directory, f.getFileName(), MAX_RECORDING_BYTES));
        } catch (IOException e) {
          problems.add("a recording was not read: " + e.getMessage());
        }
      }
      return safe;
    } catch (IOException e) {
      problems.add("cannot list the recordings in " + directory + ": " + e.getMessage());
      return List.of();
    }
  }

  /** Deletes the directory and everything in it; says why not when it cannot. */
  private static Optional<String> delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
      return Optional.empty();
    } catch (IOException | UncheckedIOException e) {
      return Optional.of("cannot delete the recordings in " + directory + ": " + e.getMessage());
    }
  }
}
