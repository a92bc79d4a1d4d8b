package dev.kaizen.evals;

import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link Sandbox} that runs nothing: each command line is answered by a script, which may write
 * files into the tree (Surefire reports) and returns the {@link ExecResult}. Every call is recorded
 * in order, so tests can inspect what ran where and with which limits.
 */
final class ScriptedSandbox implements Sandbox {

  /** What a scripted command does on a tree. */
  @FunctionalInterface
  interface Script {
    /**
     * Runs on {@code tree}, where the command ran: the tree the test gave, or a fresh copy of it.
     */
    ExecResult run(Path tree) throws IOException;

    /** Runs {@code command}: a script that prints a metric line needs its nonce. */
    default ExecResult run(Path tree, Command command) throws IOException {
      return run(tree);
    }
  }

  /**
   * One recorded exec.
   *
   * @param tree the tree the test gave: where the command ran, or what its fresh copy was made of
   * @param ranIn where the command ran
   */
  record Call(String command, Path tree, Limits limits, Path ranIn) {}

  /** A script that prints {@code json}'s members after the run's nonce, as a metric line. */
  static Script metrics(String before, String json, Duration elapsed) {
    return new Script() {
      @Override
      public ExecResult run(Path tree) {
        throw new IllegalStateException("a metric line needs the command's nonce");
      }

      @Override
      public ExecResult run(Path tree, Command command) {
        return ok(before + metricLine(command, json), elapsed);
      }
    };
  }

  /** The script {@code current} gives at each run (a test may replace it between runs). */
  static Script latest(java.util.function.Supplier<Script> current) {
    return new Script() {
      @Override
      public ExecResult run(Path tree) throws IOException {
        return current.get().run(tree);
      }

      @Override
      public ExecResult run(Path tree, Command command) throws IOException {
        return current.get().run(tree, command);
      }
    };
  }

  /** {@code json} (an object) with the command's nonce as its first member. */
  static String metricLine(Command command, String json) {
    String nonce = command.environment().get(EvalRun.NONCE_VARIABLE);
    if (nonce == null) throw new IllegalStateException("no nonce for " + command.display());
    String rest = json.strip().substring(1).strip();
    return "{\"nonce\": \"" + nonce + "\"" + (rest.equals("}") ? "}" : ", " + rest);
  }

  /** The tree a fresh copy ({@code <tree>.run-<digits>}, see FreshTrees) was made of. */
  static Path origin(Path tree) {
    String name = tree.getFileName().toString();
    int at = name.lastIndexOf(".run-");
    if (at < 0 || !name.substring(at + 5).matches("\\d+")) return tree;
    return tree.resolveSibling(name.substring(0, at));
  }

  private final Map<String, Script> scripts = new HashMap<>();
  private final List<Call> calls = new ArrayList<>();

  /** Answers {@code commandLine} (as written in the suite) with {@code script}. */
  ScriptedSandbox on(String commandLine, Script script) {
    scripts.put(commandLine, script);
    return this;
  }

  List<Call> calls() {
    return List.copyOf(calls);
  }

  @Override
  public synchronized ExecResult exec(Command command, Path tree, Limits limits) {
    String line = command.display();
    calls.add(new Call(line, origin(tree), limits, tree));
    Script script = scripts.get(line);
    if (script == null) throw new SandboxException("no script for: " + line);
    try {
      return script.run(tree, command);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String backend() {
    return "scripted";
  }

  @Override
  public List<String> weaknesses() {
    return List.of("runs nothing: a test fake");
  }

  @Override
  public void close() {}

  static ExecResult ok(String stdout) {
    return new ExecResult(0, stdout, "", Duration.ofMillis(100), false, false, false);
  }

  static ExecResult ok(String stdout, Duration elapsed) {
    return new ExecResult(0, stdout, "", elapsed, false, false, false);
  }

  static ExecResult exit(int code, String stdout, String stderr) {
    return new ExecResult(code, stdout, stderr, Duration.ofMillis(100), false, false, false);
  }

  static ExecResult timedOut(String stdout) {
    return new ExecResult(137, stdout, "", Duration.ofSeconds(5), true, false, false);
  }

  static ExecResult outOfMemory() {
    return new ExecResult(137, "", "", Duration.ofSeconds(1), false, true, false);
  }
}
