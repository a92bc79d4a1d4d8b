package dev.kaizen.sandbox;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A command to run in a sandbox: its argument vector, the only environment variables it gets, and
 * where it may leave results for the host outside its tree.
 *
 * @param argv the program and its arguments; the program is looked up on the sandbox's PATH
 * @param environment variables set for the command, on top of the backend's toolchain variables
 *     ({@code PATH}, {@code HOME}, {@code JAVA_HOME}, {@code LANG}, {@code MAVEN_OPTS})
 * @param results a host directory outside the tree that the sandbox shows to the command, writable,
 *     at the path it puts in {@value #RESULTS_VARIABLE}; the host reads results back from there
 *     (with {@link UntrustedFiles}), never from the tree the command could have rigged
 */
public record Command(List<String> argv, Map<String, String> environment, Optional<Path> results) {

  /** The variable that holds, in the sandbox, the path of the command's results directory. */
  public static final String RESULTS_VARIABLE = "KAIZEN_RESULTS";

  public Command {
    argv = List.copyOf(Objects.requireNonNull(argv, "argv"));
    environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    Objects.requireNonNull(results, "results");
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("a command needs at least a program name");
    }
    if (environment.containsKey(RESULTS_VARIABLE)) {
      throw new IllegalArgumentException(
          RESULTS_VARIABLE + " is set by the sandbox from the command's results directory");
    }
  }

  /** A command without a results directory. */
  public Command(List<String> argv, Map<String, String> environment) {
    this(argv, environment, Optional.empty());
  }

  /**
   * The results directory, checked against the command's tree: backends call this before they run.
   *
   * @throws IllegalArgumentException when the results directory is the tree or inside it, or holds
   *     it
   */
  public Optional<Path> resultsOutside(Path tree) {
    Path t = tree.toAbsolutePath().normalize();
    results.ifPresent(
        r -> {
          if (r.startsWith(t) || t.startsWith(r)) {
            throw new IllegalArgumentException(
                "the results directory " + r + " must lie outside the tree " + t);
          }
        });
    return results;
  }

  /** A command given as argument vector, with no extra environment. */
  public static Command of(String... argv) {
    return new Command(List.of(argv), Map.of());
  }

  /** A command line run by {@code /bin/sh -c}, as commands in {@code kaizen.yml} are written. */
  public static Command shell(String commandLine) {
    Objects.requireNonNull(commandLine, "commandLine");
    return new Command(List.of("/bin/sh", "-c", commandLine), Map.of());
  }

  /** This command with one more environment variable. */
  public Command withEnv(String name, String value) {
    var env = new java.util.LinkedHashMap<>(environment);
    env.put(name, value);
    return new Command(argv, env, results);
  }

  /**
   * This command with {@code directory} as its results directory.
   *
   * @throws IllegalArgumentException when {@code directory} is not an existing directory
   */
  public Command withResults(Path directory) {
    Path absolute = directory.toAbsolutePath().normalize();
    if (!Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
      throw new IllegalArgumentException("not a directory: " + directory);
    }
    return new Command(argv, environment, Optional.of(absolute));
  }

  /** The command as a user would type it, for logs and messages. */
  public String display() {
    if (argv.size() == 3 && argv.get(0).equals("/bin/sh") && argv.get(1).equals("-c")) {
      return argv.get(2);
    }
    return String.join(" ", argv);
  }
}
