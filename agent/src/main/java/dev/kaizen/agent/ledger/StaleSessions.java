package dev.kaizen.agent.ledger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Sessions recorded as {@code running} whose process is gone: killed ({@code kill -9}, a power cut,
 * a container stopped) before it could record how it ended.
 *
 * <p>Every session holds the workspace's {@link WorkspaceLock} while it runs, so once a new session
 * holds it, no other session of the ledger can still be running: each one recorded as running is
 * marked {@code interrupted} ({@link #markInterrupted}). Commands that only read the ledger take no
 * lock; they show a running session as interrupted when its process ran on this machine and is no
 * longer alive ({@link #asSeen}), and write nothing.
 */
public final class StaleSessions {

  private StaleSessions() {}

  /**
   * Marks every session of {@code ledger} recorded as running as {@code interrupted}; call it
   * holding the workspace's lock, before the session that holds it is started or resumed.
   *
   * @param now when they are found
   * @return the records as marked
   */
  public static List<SessionRecord> markInterrupted(Ledger ledger, Instant now) {
    var marked = new ArrayList<SessionRecord>();
    for (SessionLog log : ledger.sessions()) {
      SessionRecord s = log.session();
      if (!s.running()) continue;
      SessionRecord ended =
          s.ended(
              lastActivity(log, s),
              "interrupted",
              "its process"
                  + (s.process() == null ? "" : " (" + s.process() + ")")
                  + " ended without recording how; found at "
                  + now
                  + "; every finished iteration is in the ledger",
              log.iterations().size(),
              s.accepted(),
              s.best());
      log.writeSession(ended);
      marked.add(ended);
    }
    return marked;
  }

  /**
   * The record as it stands now: a session recorded as running whose process ran on this machine
   * and is gone is shown {@code interrupted}. Nothing is written.
   */
  public static SessionRecord asSeen(SessionRecord s) {
    if (!s.running() || s.process() == null || !s.process().gone()) return s;
    return s.ended(
        s.finished(),
        "interrupted",
        "its process (" + s.process() + ") is gone",
        s.tried(),
        s.accepted(),
        s.best());
  }

  /** When the session was last seen working: its last finished iteration, else its start. */
  private static String lastActivity(SessionLog log, SessionRecord s) {
    List<IterationRecord> done = log.iterations();
    return done.isEmpty() ? s.started() : done.get(done.size() - 1).finished();
  }
}
