package dev.kaizen.agent.ledger;

import java.nio.file.Path;
import java.time.Instant;

/**
 * Holds a workspace's lock in a JVM of its own until it is killed: {@code LockHolderChild WORKSPACE
 * SESSION}.
 */
public final class LockHolderChild {

  private LockHolderChild() {}

  public static void main(String[] args) throws InterruptedException {
    WorkspaceLock lock = WorkspaceLock.acquire(Path.of(args[0]), () -> args[1], Instant.now());
    System.out.println("holding " + lock.session());
    Thread.sleep(600_000);
  }
}
