package dev.kaizen.sandbox;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A command to run in a sandbox: its argument vector and the only environment variables it gets.
 *
 * @param argv the program and its arguments; the program is looked up on the sandbox's PATH
 * @param environment variables set for the command, on top of the backend's toolchain variables
 *     ({@code PATH}, {@code HOME}, {@code JAVA_HOME}, {@code LANG}, {@code MAVEN_OPTS})
 */
public record Command(List<String> argv, Map<String, String> environment) {

  public Command {
    argv = List.copyOf(Objects.requireNonNull(argv, "argv"));
    environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
    if (argv.isEmpty()) {
      throw new IllegalArgumentException("a command needs at least a program name");
    }
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
    return new Command(argv, env);
  }

  /** The command as a user would type it, for logs and messages. */
  public String display() {
    if (argv.size() == 3 && argv.get(0).equals("/bin/sh") && argv.get(1).equals("-c")) {
      return argv.get(2);
    }
    return String.join(" ", argv);
  }
}
