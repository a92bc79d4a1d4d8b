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
    ExecResult run(Path tree) throws IOException;
  }

  /** One recorded exec. */
  record Call(String command, Path tree, Limits limits) {}

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
    calls.add(new Call(line, tree, limits));
    Script script = scripts.get(line);
    if (script == null) throw new SandboxException("no script for: " + line);
    try {
      return script.run(tree);
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
