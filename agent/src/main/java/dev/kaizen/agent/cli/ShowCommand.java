package dev.kaizen.agent.cli;

import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.ledger.SessionRecord;
import dev.kaizen.agent.loop.Project;
import dev.kaizen.agent.workspace.Workspace;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen show ID}: one session, or one iteration ({@code <session>/<n>}). */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Shows a session (ID, or a unique prefix) or one of its iterations (SESSION/N) from the ledger.")
final class ShowCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Parameters(paramLabel = "ID", description = "A session id (or a unique prefix), or SESSION/N for one iteration.")
  String id;

  @Override
  public Integer call() {
    try (Project project = Project.open(root.repoOrCurrentDirectory(), root.workspaceDir())) {
      int slash = id.indexOf('/');
      SessionLog log = project.ledger().open(slash < 0 ? id : id.substring(0, slash));
      SessionRecord session = log.session();
      List<IterationRecord> iterations = log.iterations();
      if (slash < 0) {
        showSession(session, iterations);
        return Main.OK;
      }
      int n;
      try {
        n = Integer.parseInt(id.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw new UsageException("not an iteration id: '" + id + "' (expected SESSION/N)");
      }
      IterationRecord it = iterations.stream().filter(i -> i.n() == n).findFirst()
          .orElseThrow(() -> new UsageException("session " + session.id() + " has no iteration " + n));
      showIteration(log, it);
      return Main.OK;
    }
  }

  private void showSession(SessionRecord s, List<IterationRecord> iterations) {
    if (root.json) {
      var m = new LinkedHashMap<String, Object>();
      m.put("session", s);
      m.put("iterations", iterations);
      root.out.print(Json.pretty(m));
      return;
    }
    var out = root.out;
    out.println("session " + s.id() + " — " + s.status() + (s.statusDetail() == null ? "" : ": " + s.statusDetail()));
    out.println("  repository " + s.repository());
    out.println("  base       " + s.base());
    out.println("  branch     " + s.branch() + " → " + (s.best() == null ? "-" : Workspace.abbreviate(s.best())));
    out.println("  proposer   " + s.proposer() + "; goal: " + s.goal());
    out.println("  started    " + s.started() + (s.finished() == null ? "" : ", finished " + s.finished()));
    out.println("  tried " + s.tried() + ", accepted " + s.accepted());
    for (IterationRecord i : iterations) {
      out.printf(Locale.ROOT, "  %s  %-12s %8s  %s%n", i.id(), i.decision(),
          i.effect() == null ? "-" : String.format(Locale.ROOT, "%+.1f%%", 100 * i.effect()), i.summary());
    }
  }

  private void showIteration(SessionLog log, IterationRecord it) {
    Path dir = log.iterationDirectory(it.n());
    List<String> artifacts = artifacts(dir);
    if (root.json) {
      var m = new LinkedHashMap<String, Object>();
      m.put("iteration", it);
      m.put("directory", dir.toString());
      m.put("artifacts", artifacts);
      root.out.print(Json.pretty(m));
      return;
    }
    var out = root.out;
    out.println("iteration " + it.id() + " — " + it.decision());
    out.println("  " + it.summary());
    out.println("  proposer " + it.proposer() + " (" + it.source() + ")");
    out.println("  parent   " + it.parent());
    out.println("  commit   " + (it.commit() == null ? "-" : it.commit()));
    for (String r : it.reasons()) out.println("  reason   " + r);
    if (it.effect() != null) {
      out.printf(Locale.ROOT, "  effect   %+.2f%% (95%% CI %+.2f%% … %+.2f%%), p = %.3g, %d pairs%n", 100 * it.effect(),
          100 * it.ciLow(), 100 * it.ciHigh(), it.p(), it.pairs());
    }
    if (it.testsRun() != null) out.println("  tests    " + it.testsRun() + " run, " + it.testsFailed() + " failed");
    out.println("  files    " + dir);
    for (String a : artifacts) out.println("           " + a);
  }

  private static List<String> artifacts(Path dir) {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
    } catch (IOException e) {
      return List.of();
    }
  }
}
