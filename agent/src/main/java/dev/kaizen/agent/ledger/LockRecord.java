package dev.kaizen.agent.ledger;

import java.util.Objects;

/**
 * Who holds a workspace's lock, as its lock file says.
 *
 * @param session the session it runs
 * @param process its process
 * @param started when it took the lock (ISO-8601)
 */
public record LockRecord(String session, ProcessRecord process, String started) {

  public LockRecord {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(process, "process");
    Objects.requireNonNull(started, "started");
  }

  /** {@code session 20261127-0423-5f1c (pid 4242 on build-7, started 2026-11-27T04:23:00Z)}. */
  @Override
  public String toString() {
    return "session " + session + " (" + process + ", started " + started + ")";
  }
}
