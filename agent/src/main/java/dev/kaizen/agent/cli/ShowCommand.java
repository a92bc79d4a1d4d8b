package dev.kaizen.agent.cli;

import dev.kaizen.agent.api.Kaizen;
import dev.kaizen.agent.api.Shown;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.SessionRecord;
import dev.kaizen.agent.workspace.Workspace;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen show ID}: one session, or one iteration ({@code <session>/<n>}). */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description =
        "Shows a session (ID, or a unique prefix) or one of its iterations (SESSION/N) from the ledger.")
final class ShowCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Parameters(
      paramLabel = "ID",
      description = "A session id (or a unique prefix), or SESSION/N for one iteration.")
  String id;

  @Override
  public Integer call() {
    try (Kaizen kaizen = root.kaizen()) {
      Shown shown = kaizen.show(id);
      if (shown instanceof Shown.Session s) showSession(s);
      if (shown instanceof Shown.Iteration i) showIteration(i);
      return Main.OK;
    }
  }

  private void showSession(Shown.Session shown) {
    if (root.json) {
      JsonDocuments.print(root.out, JsonDocuments.shown(shown));
      return;
    }
    SessionRecord s = shown.session();
    List<IterationRecord> iterations = shown.iterations();
    var out = root.out;
    out.println(
        "session "
            + s.id()
            + " — "
            + s.status()
            + (s.statusDetail() == null ? "" : ": " + s.statusDetail()));
    out.println("  repository " + s.repository());
    out.println("  base       " + s.base());
    out.println(
        "  branch     "
            + s.branch()
            + " → "
            + (s.best() == null ? "-" : Workspace.abbreviate(s.best())));
    out.println("  proposer   " + s.proposer() + "; goal: " + s.goal());
    out.println(
        "  started    " + s.started() + (s.finished() == null ? "" : ", finished " + s.finished()));
    out.println("  tried " + s.tried() + ", accepted " + s.accepted());
    for (IterationRecord i : iterations) {
      out.printf(
          Locale.ROOT,
          "  %s  %-12s %8s  %s%n",
          i.id(),
          i.decision(),
          i.effect() == null ? "-" : String.format(Locale.ROOT, "%+.1f%%", 100 * i.effect()),
          i.summary());
    }
  }

  private void showIteration(Shown.Iteration shown) {
    if (root.json) {
      JsonDocuments.print(root.out, JsonDocuments.shown(shown));
      return;
    }
    IterationRecord it = shown.iteration();
    Path dir = shown.directory();
    List<String> artifacts = shown.artifacts();
    var out = root.out;
    out.println("iteration " + it.id() + " — " + it.decision());
    out.println("  " + it.summary());
    out.println("  proposer " + it.proposer() + " (" + it.source() + ")");
    out.println("  parent   " + it.parent());
    out.println("  commit   " + (it.commit() == null ? "-" : it.commit()));
    for (String r : it.reasons()) out.println("  reason   " + r);
    if (it.effect() != null) {
      out.printf(
          Locale.ROOT,
          "  effect   %+.2f%% (95%% CI %+.2f%% … %+.2f%%), p = %.3g, %d pairs%n",
          100 * it.effect(),
          100 * it.ciLow(),
          100 * it.ciHigh(),
          it.p(),
          it.pairs());
    }
    if (it.testsRun() != null)
      out.println("  tests    " + it.testsRun() + " run, " + it.testsFailed() + " failed");
    out.println("  files    " + dir);
    for (String a : artifacts) out.println("           " + a);
  }
}
