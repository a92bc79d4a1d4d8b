package dev.kaizen.agent.cli;

import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.ledger.Ledger;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.ledger.SessionRecord;
import dev.kaizen.agent.loop.Project;
import dev.kaizen.agent.workspace.Workspace;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen history}: the sessions in the ledger. */
@Command(name = "history", mixinStandardHelpOptions = true, description = "Lists the sessions recorded in the ledger, oldest first.")
final class HistoryCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Override
  public Integer call() {
    try (Project project = Project.open(root.repoOrCurrentDirectory(), root.workspaceDir())) {
      Ledger ledger = project.ledger();
      var rows = new ArrayList<Map<String, Object>>();
      for (SessionLog log : ledger.sessions()) {
        SessionRecord s = log.session();
        var m = new LinkedHashMap<String, Object>();
        m.put("session", s.id());
        m.put("started", s.started());
        m.put("status", s.status());
        m.put("proposer", s.proposer());
        m.put("tried", s.tried());
        m.put("accepted", s.accepted());
        m.put("base", s.base());
        m.put("best", s.best());
        m.put("branch", s.branch());
        rows.add(m);
      }
      if (root.json) {
        root.out.print(Json.pretty(Map.of("sessions", rows)));
        return Main.OK;
      }
      if (rows.isEmpty()) {
        root.out.println("no sessions yet in " + ledger.directory() + " (start one with: kaizen improve)");
        return Main.OK;
      }
      root.out.printf(Locale.ROOT, "%-22s %-20s %-11s %-10s %5s %8s  %s%n", "session", "started", "status", "proposer", "tried", "accepted", "best");
      for (var m : rows) {
        String best = (String) m.get("best");
        root.out.printf(Locale.ROOT, "%-22s %-20s %-11s %-10s %5d %8d  %s%n", m.get("session"),
            String.valueOf(m.get("started")).replace('T', ' ').replaceAll("\\.\\d+Z$", "Z"), m.get("status"), m.get("proposer"),
            (Integer) m.get("tried"), (Integer) m.get("accepted"),
            best == null ? "-" : Workspace.abbreviate(best) + (best.equals(m.get("base")) ? " (base)" : ""));
      }
      return Main.OK;
    }
  }
}
