package dev.kaizen.agent.cli;

import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.api.Kaizen;
import dev.kaizen.agent.loop.ManualSession;
import dev.kaizen.agent.propose.Goal;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen session}: a manual session, one command a line from the terminal or a pipe. */
@Command(
    name = "session",
    mixinStandardHelpOptions = true,
    description = {
      "An interactive session: set the goal, see a proposal and its diff, measure it against the best commit, then accept",
      "or reject it; feedback goes into the next proposal. Reads one command a line from stdin (type 'help'); answers on",
      "stdout, progress on stderr. Accepted changes move kaizen/<session>; your working tree and branch are never touched."
    })
final class SessionCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Mixin UnsandboxedOption unsandboxed;

  @Mixin ProposerOptions proposerOptions;

  @Option(
      names = "--goal",
      paramLabel = "TEXT",
      description = "The goal to start with (the 'goal' command changes it).")
  String goal;

  @Override
  public Integer call() {
    if (root.json)
      throw new UsageException(
          "--json does not apply to session, which answers one command at a time");
    if (goal != null && goal.isBlank()) throw new UsageException("--goal must not be blank");
    proposerOptions.check();
    try (Kaizen kaizen = root.kaizen(unsandboxed);
        ManualSession session =
            kaizen.session(
                goal == null ? Goal.DEFAULT : new Goal(goal), proposerOptions.choice())) {
      var in = new BufferedReader(new InputStreamReader(root.in, StandardCharsets.UTF_8));
      SessionConversation.converse(session, in, root.out, System.console() != null);
      SessionText.printEnd(root.out, session.end());
      return Main.OK;
    }
  }
}
