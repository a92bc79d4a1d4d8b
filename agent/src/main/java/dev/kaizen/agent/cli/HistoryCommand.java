package dev.kaizen.agent.cli;

import dev.kaizen.agent.api.History;
import dev.kaizen.agent.api.Kaizen;
import dev.kaizen.agent.ledger.SessionRecord;
import dev.kaizen.agent.workspace.Workspace;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen history}: the sessions in the ledger. */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = "Lists the sessions recorded in the ledger, oldest first.")
final class HistoryCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Override
  public Integer call() {
    try (Kaizen kaizen = root.kaizen()) {
      History h = kaizen.history();
      if (root.json) {
        JsonDocuments.print(root.out, JsonDocuments.history(h));
        return Main.OK;
      }
      if (h.sessions().isEmpty()) {
        root.out.println("no sessions yet in " + h.ledger() + " (start one with: kaizen improve)");
        return Main.OK;
      }
      root.out.printf(
          Locale.ROOT,
          "%-22s %-20s %-11s %-10s %5s %8s  %s%n",
          "session",
          "started",
          "status",
          "proposer",
          "tried",
          "accepted",
          "best");
      for (SessionRecord s : h.sessions()) {
        String best = s.best();
        root.out.printf(
            Locale.ROOT,
            "%-22s %-20s %-11s %-10s %5d %8d  %s%n",
            s.id(),
            String.valueOf(s.started()).replace('T', ' ').replaceAll("\\.\\d+Z$", "Z"),
            s.status(),
            s.proposer(),
            s.tried(),
            s.accepted(),
            best == null
                ? "-"
                : Workspace.abbreviate(best) + (best.equals(s.base()) ? " (base)" : ""));
      }
      return Main.OK;
    }
  }
}
