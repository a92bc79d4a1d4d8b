package dev.kaizen.agent.cli;

import dev.kaizen.agent.api.Kaizen;
import dev.kaizen.agent.api.KaizenOptions;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The top command: global options, which work before or after the subcommand. */
@Command(
    name = "kaizen",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Improves a Java repository and keeps only the changes it can prove are better.",
    subcommands = {
      InitCommand.class,
      IndexCommand.class,
      EvalCommand.class,
      GateCommand.class,
      ImproveCommand.class,
      SessionCommand.class,
      HistoryCommand.class,
      ShowCommand.class,
      PrCommand.class,
      ReportCommand.class,
      SandboxCommand.class,
      CalibrateCommand.class,
      RedTeamCommand.class,
    },
    footer = {
      "",
      "Exit codes: 0 done (also when nothing was accepted), 1 internal error, 2 usage or configuration error,",
      "            3 environment unavailable (no git repository, no sandbox that isolates, baseline fails), 4 budget exhausted,",
      "            5 a defence failed (kaizen redteam).",
    })
final class KaizenCommand implements Runnable {

  final InputStream in;
  final PrintStream out;
  final PrintStream err;

  @Option(
      names = "--repo",
      paramLabel = "PATH",
      scope = ScopeType.INHERIT,
      description = "The repository to work on (default: the git root of the current directory).")
  Path repo;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      scope = ScopeType.INHERIT,
      description = "A kaizen.yml to use instead of the one committed in the repository.")
  Path config;

  @Option(
      names = "--workspace",
      paramLabel = "DIR",
      scope = ScopeType.INHERIT,
      description =
          "Where Kaizen keeps its clone, trees and ledger (default: workspace/ at the repository's root).")
  Path workspace;

  @Option(
      names = "--json",
      scope = ScopeType.INHERIT,
      description = "Print one JSON document on stdout; logs go to stderr.")
  boolean json;

  @Option(
      names = {"-v", "--verbose"},
      scope = ScopeType.INHERIT,
      description = "Show more detail, and stack traces of errors.")
  boolean verbose;

  private ConsoleProgress progress;

  KaizenCommand(InputStream in, PrintStream out, PrintStream err) {
    this.in = in;
    this.out = out;
    this.err = err;
  }

  boolean verbose() {
    return verbose;
  }

  ConsoleProgress progress() {
    if (progress == null)
      progress = new ConsoleProgress(err, verbose, !json && ConsoleProgress.interactive());
    return progress;
  }

  /** The porcelain for the repository and options the command line names. */
  Kaizen kaizen() {
    return kaizen(new UnsandboxedOption());
  }

  /** The porcelain, for a command that runs candidates in a sandbox. */
  Kaizen kaizen(UnsandboxedOption unsandboxed) {
    var options =
        KaizenOptions.defaults()
            .withConfigFile(Optional.ofNullable(config))
            .withWorkspace(Optional.ofNullable(workspace))
            .withProgress(progress());
    return Kaizen.open(
        repo != null ? repo : Path.of("").toAbsolutePath(), unsandboxed.applyTo(options));
  }

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(out);
  }
}
