package dev.kaizen.agent.cli;

import dev.kaizen.agent.KaizenException;
import dev.kaizen.evals.BrokenBaselineException;
import dev.kaizen.sandbox.SandboxConfigurationException;
import dev.kaizen.sandbox.SandboxException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** {@code java -jar kaizen.jar <command>}. */
public final class Main {

  /** Exit codes, as documented in the README and DESIGN.md. */
  public static final int OK = 0;

  public static final int INTERNAL = 1;
  public static final int USAGE = 2;
  public static final int ENVIRONMENT = 3;
  public static final int BUDGET = 4;

  /**
   * {@code kaizen redteam}: an attack was accepted, or stopped for another reason than expected.
   */
  public static final int DEFENCE_FAILED = 5;

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(System.in, System.out, System.err, args));
  }

  /** Runs one command with the given streams and returns its exit code. */
  public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
    var root = new KaizenCommand(in, out, err);
    var cli = new CommandLine(root);
    cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
    cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          int code = exitCode(e);
          String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
          if (code == INTERNAL) {
            err.println("kaizen: internal error: " + message);
            if (root.verbose()) e.printStackTrace(err);
            else err.println("kaizen: run again with -v to see where it happened");
          } else {
            err.println("kaizen: " + message);
            if (root.verbose()) e.printStackTrace(err);
          }
          return code;
        });
    cli.setParameterExceptionHandler(
        (e, args1) -> {
          err.println("kaizen: " + e.getMessage());
          CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
          err.println(
              "kaizen: see '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help'");
          return USAGE;
        });
    return cli.execute(args);
  }

  static int exitCode(Throwable e) {
    if (e instanceof KaizenException k) return k.exitCode();
    if (e instanceof SandboxConfigurationException) return USAGE;
    if (e instanceof SandboxException) return ENVIRONMENT;
    if (e instanceof BrokenBaselineException) return ENVIRONMENT;
    return INTERNAL;
  }
}
