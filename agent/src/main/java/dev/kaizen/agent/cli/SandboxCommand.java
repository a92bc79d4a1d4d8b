package dev.kaizen.agent.cli;

import dev.kaizen.agent.Quantities;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.api.Kaizen;
import dev.kaizen.agent.api.SandboxRun;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Limits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen sandbox}: the sandbox on its own, to debug a setup. */
@Command(
    name = "sandbox",
    mixinStandardHelpOptions = true,
    description = "The sandbox on its own: run one command the way evals run.",
    subcommands = SandboxCommand.Exec.class)
final class SandboxCommand implements Runnable {

  @ParentCommand KaizenCommand root;

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(root.out);
  }

  /** {@code kaizen sandbox exec --tree DIR -- CMD...}. */
  @Command(
      name = "exec",
      mixinStandardHelpOptions = true,
      description = {
        "Runs one command in the configured sandbox on a copy of DIR (DIR itself is never changed) and prints the result.",
        "The sandbox settings come from --config, else DIR/kaizen.yml, else the defaults."
      })
  static final class Exec implements Callable<Integer> {

    @ParentCommand SandboxCommand parent;

    @Mixin UnsandboxedOption unsandboxed;

    @Option(
        names = "--tree",
        paramLabel = "DIR",
        required = true,
        description = "The directory the command runs in (copied first).")
    Path tree;

    @Option(
        names = "--timeout",
        paramLabel = "DURATION",
        description = "Wall-clock limit, like 90s or 10m (default: sandbox.timeout).")
    String timeout;

    @Parameters(
        paramLabel = "CMD",
        arity = "1..*",
        description = "The command and its arguments (put -- before it).")
    List<String> command;

    @Override
    public Integer call() {
      KaizenCommand root = parent.root;
      Optional<Duration> limit;
      try {
        limit = Optional.ofNullable(timeout).map(Quantities::duration);
        limit.ifPresent(Limits.DEFAULT::withTimeout); // refuses a zero timeout as the sandbox would
      } catch (IllegalArgumentException e) {
        throw new UsageException("--timeout: " + e.getMessage());
      }
      try (Kaizen kaizen = root.kaizen(unsandboxed)) {
        SandboxRun run = kaizen.exec(tree, limit, command);
        ExecResult r = run.result();
        if (root.json) {
          JsonDocuments.print(root.out, JsonDocuments.sandboxRun(run));
          return Main.OK;
        }
        root.out.print(r.stdout());
        if (!r.stdout().isEmpty() && !r.stdout().endsWith("\n")) root.out.println();
        root.err.print(r.stderr());
        if (!r.stderr().isEmpty() && !r.stderr().endsWith("\n")) root.err.println();
        root.err.println(
            "["
                + run.backend()
                + " sandbox] "
                + r.summary()
                + (r.truncated() ? "; output truncated (the tail is kept)" : ""));
        return Main.OK;
      }
    }
  }
}
