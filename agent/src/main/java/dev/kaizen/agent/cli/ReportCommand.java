package dev.kaizen.agent.cli;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.ledger.Ledger;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.report.ReportPage;
import dev.kaizen.agent.report.SessionData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code kaizen report}: the ledger as one self-contained HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = "Writes the ledger as one self-contained HTML page (no script, nothing loaded from the network): the effect "
        + "of every iteration with its 95%% interval, the target metrics' medians, the lineage of the candidates, costs per "
        + "iteration and proposer, and every decision's numbers. Prints the page's path. Reads only the ledger: nothing is "
        + "built or run.")
final class ReportCommand implements Callable<Integer> {

  static final String LATEST = "latest";

  @ParentCommand KaizenCommand root;

  @Option(names = "--session", paramLabel = "ID",
      description = "Only this session: an id, a unique prefix of one, or '" + LATEST + "'. Default: every session.")
  String session;

  @Option(names = "--out", paramLabel = "FILE", description = "Where to write the page (default: report.html in the workspace).")
  Path out;

  @Override
  public Integer call() {
    Path workspace = workspaceDir();
    Ledger ledger = new Ledger(workspace);
    List<SessionLog> logs = ledger.sessions();
    if (logs.isEmpty()) {
      throw new UsageException("the ledger is empty: no session in " + ledger.directory()
          + " (start one with: kaizen improve; or point --workspace at another workspace)");
    }
    if (session != null) logs = List.of(session.equals(LATEST) ? logs.get(logs.size() - 1) : ledger.open(session));
    List<SessionData> sessions = logs.stream().map(SessionData::read).toList();
    String html = new ReportPage(Instant.now(), ledger.directory().toString()).render(sessions);
    Path file = (out != null ? out : workspace.resolve("report.html")).toAbsolutePath().normalize();
    write(file, html);
    if (root.json) {
      var m = new LinkedHashMap<String, Object>();
      m.put("path", file.toString());
      m.put("sessions", sessions.size());
      m.put("iterations", sessions.stream().mapToInt(s -> s.iterations().size()).sum());
      root.out.print(Json.pretty(m));
    } else {
      root.out.println(file);
    }
    return Main.OK;
  }

  /** The workspace the ledger is in, found without opening (or cloning) the repository. */
  private Path workspaceDir() {
    if (root.workspaceDir().isPresent()) return root.workspaceDir().get().toAbsolutePath().normalize();
    Path start = root.repoOrCurrentDirectory().toAbsolutePath().normalize();
    for (Path p = start; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) return p.resolve("workspace");
    }
    throw new EnvironmentException("not a git repository: " + start + " (name the workspace that holds the ledger with --workspace DIR)");
  }

  private static void write(Path file, String html) {
    try {
      Files.createDirectories(file.getParent());
      Path tmp = Files.createTempFile(file.getParent(), "." + file.getFileName(), ".tmp");
      try {
        Files.writeString(tmp, html, StandardCharsets.UTF_8);
        try {
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      throw new EnvironmentException("cannot write the report to " + file + ": " + e.getMessage(), e);
    }
  }
}
