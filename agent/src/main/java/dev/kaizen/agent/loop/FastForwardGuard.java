package dev.kaizen.agent.loop;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Keeps a signal from cutting a fast-forward of the user's branch ({@code --into}) in half. The JVM
 * runs its shutdown hooks while the main thread goes on, and halts when they return: a hook that
 * calls {@link #close} waits until a fast-forward in progress ({@link #run}) has finished, and none
 * starts after it.
 */
final class FastForwardGuard {

  private final ReentrantLock moving = new ReentrantLock();
  private volatile boolean closed;

  /**
   * Runs {@code fastForward} unless the JVM is going down.
   *
   * @return whether it ran
   */
  boolean run(Runnable fastForward) {
    moving.lock();
    try {
      if (closed) return false;
      fastForward.run();
      return true;
    } finally {
      moving.unlock();
    }
  }

  /**
   * Waits, at most {@code patience}, for a fast-forward in progress to finish, and lets none start
   * after.
   *
   * @return false when the wait ran out (the fast-forward still runs)
   */
  boolean close(Duration patience) {
    closed = true;
    try {
      if (!moving.tryLock(patience.toMillis(), TimeUnit.MILLISECONDS)) return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
    moving.unlock();
    return true;
  }
}
