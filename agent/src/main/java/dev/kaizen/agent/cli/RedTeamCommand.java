package dev.kaizen.agent.cli;

import dev.kaizen.agent.api.Kaizen;
import dev.kaizen.agent.redteam.RedTeamReport;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen redteam}: the red-team suite against the user's own repository. */
@Command(
    name = "redteam",
    mixinStandardHelpOptions = true,
    description = {
      "Runs Kaizen's red-team suite against this repository: reward-hacking patches aimed at its own"
          + " classes and tests (a faked score, skipped or edited tests, a build change, reads of"
          + " the host, ...), each through the real loop and sandbox. Every one must be refused or"
          + " rejected with its named reason; none is ever merged.",
    },
    footer = {
      "",
      "Exit codes: 0 every applicable attack was stopped with its reason, "
          + Main.DEFENCE_FAILED
          + " a defence failed (an attack was accepted, or stopped for another reason),",
      "            2 usage or configuration error, 3 environment unavailable (no sandbox, the"
          + " baseline fails).",
    })
final class RedTeamCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Option(
      names = "--only",
      paramLabel = "ID",
      arity = "1..*",
      description = "Run only these attacks (ids as the table shows them).")
  List<String> only = new ArrayList<>();

  @Override
  public Integer call() {
    try (Kaizen kaizen = root.kaizen()) {
      RedTeamReport report = kaizen.redteam(only);
      if (root.json) {
        JsonDocuments.print(root.out, RedTeamText.json(report));
      } else {
        root.out.print(RedTeamText.table(report));
      }
      return report.held() ? Main.OK : Main.DEFENCE_FAILED;
    }
  }
}
