package dev.kaizen.agent.loop;

import dev.kaizen.agent.Progress;
import dev.kaizen.agent.ledger.SessionRecord;
import dev.kaizen.agent.ledger.StaleSessions;
import dev.kaizen.agent.ledger.WorkspaceLock;
import dev.kaizen.agent.project.Project;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Where a session begins: it takes the workspace's lock, and marks the sessions that were left
 * running by a process that is gone as {@code interrupted}.
 */
final class SessionLock {

  private SessionLock() {}

  /**
   * Takes the lock of {@code project}'s workspace for the session {@code session} names.
   *
   * @throws dev.kaizen.agent.EnvironmentException when another session holds it, naming it
   */
  static WorkspaceLock take(
      Project project, Supplier<String> session, Progress progress, Clock clock) {
    WorkspaceLock lock = WorkspaceLock.acquire(project.workspaceDir(), session, clock.instant());
    try {
      for (SessionRecord s : StaleSessions.markInterrupted(project.ledger(), clock.instant())) {
        progress.info("session " + s.id() + " was interrupted: " + s.statusDetail());
      }
      return lock;
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
  }
}
