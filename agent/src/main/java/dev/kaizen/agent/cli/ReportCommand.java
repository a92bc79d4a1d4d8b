package dev.kaizen.agent.cli;

import dev.kaizen.agent.api.Kaizen;
import dev.kaizen.agent.api.ReportResult;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen report}: the ledger as one self-contained HTML page. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description =
        "Writes the ledger as one self-contained HTML page (no script, nothing loaded from the network): the effect "
            + "of every iteration with its 95%% interval, the target metrics' medians, the lineage of the candidates, costs per "
            + "iteration and proposer, and every decision's numbers. Prints the page's path. Reads only the ledger: nothing is "
            + "built or run.")
final class ReportCommand implements Callable<Integer> {

  @ParentCommand KaizenCommand root;

  @Option(
      names = "--session",
      paramLabel = "ID",
      description =
          "Only this session: an id, a unique prefix of one, or 'latest'. Default: every session.")
  String session;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Where to write the page (default: report.html in the workspace).")
  Path out;

  @Override
  public Integer call() {
    try (Kaizen kaizen = root.kaizen()) {
      ReportResult r = kaizen.report(Optional.ofNullable(session), Optional.ofNullable(out));
      if (root.json) {
        JsonDocuments.print(root.out, JsonDocuments.report(r));
      } else {
        root.out.println(r.path());
      }
      return Main.OK;
    }
  }
}
