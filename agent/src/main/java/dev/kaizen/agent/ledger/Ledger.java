package dev.kaizen.agent.ledger;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/** Every session recorded under one workspace's {@code sessions/} folder. */
public final class Ledger {

  private final Path sessions;

  public Ledger(Path workspaceDir) {
    this.sessions = workspaceDir.toAbsolutePath().resolve("sessions");
  }

  /** Where sessions are kept. */
  public Path directory() {
    return sessions;
  }

  /**
   * {@code id}, or when a session of that id exists already (two sessions on the same base in the
   * same second, such as a quick {@code --propose-only} and its replay), {@code id-2}, {@code
   * id-3}…
   */
  public String freeId(String id) {
    String free = id;
    for (int n = 2; Files.exists(sessions.resolve(free)); n++) free = id + "-" + n;
    return free;
  }

  /** Starts recording a new session; its folder must not exist yet. */
  public SessionLog start(SessionRecord session) {
    Path dir = sessions.resolve(session.id());
    try {
      Files.createDirectories(sessions);
      Files.createDirectory(dir);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new EnvironmentException("session " + session.id() + " already exists in " + sessions);
    } catch (IOException e) {
      throw new EnvironmentException(
          "cannot create the session folder " + dir + ": " + e.getMessage(), e);
    }
    var log = new SessionLog(dir);
    log.writeSession(session);
    return log;
  }

  /**
   * Opens a recorded session by id, or by a unique prefix of its id.
   *
   * @throws UsageException when no session, or more than one, matches
   */
  public SessionLog open(String idOrPrefix) {
    Path exact = sessions.resolve(idOrPrefix);
    if (!idOrPrefix.contains("/") && Files.isRegularFile(exact.resolve(SessionLog.SESSION_FILE)))
      return new SessionLog(exact);
    List<String> matches = ids().stream().filter(id -> id.startsWith(idOrPrefix)).toList();
    if (matches.size() == 1) return new SessionLog(sessions.resolve(matches.get(0)));
    if (matches.isEmpty())
      throw new UsageException("no session '" + idOrPrefix + "' in " + sessions);
    throw new UsageException(
        "'" + idOrPrefix + "' matches several sessions: " + String.join(", ", matches));
  }

  /** Every recorded session, oldest first. */
  public List<SessionLog> sessions() {
    var out = new ArrayList<SessionLog>();
    for (String id : ids()) out.add(new SessionLog(sessions.resolve(id)));
    return out;
  }

  private List<String> ids() {
    if (!Files.isDirectory(sessions)) return List.of();
    try (Stream<Path> s = Files.list(sessions)) {
      return s.filter(p -> Files.isRegularFile(p.resolve(SessionLog.SESSION_FILE)))
          .map(p -> p.getFileName().toString())
          .sorted(Comparator.naturalOrder())
          .toList();
    } catch (IOException e) {
      throw new EnvironmentException("cannot list " + sessions + ": " + e.getMessage(), e);
    }
  }
}
