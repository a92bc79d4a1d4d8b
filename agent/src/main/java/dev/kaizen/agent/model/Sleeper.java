package dev.kaizen.agent.model;

import java.time.Duration;

/** Waits between attempts. Tests pass one that records the wait instead of waiting. */
@FunctionalInterface
public interface Sleeper {

  void sleep(Duration duration) throws InterruptedException;

  /** Really waits ({@link Thread#sleep}). */
  static Sleeper system() {
    return duration -> Thread.sleep(duration.toMillis());
  }
}
