package dev.kaizen.sandbox;

import java.util.Objects;

/**
 * What a hostile or broken command may try, and what containing it means. Each backend says which
 * of these it cannot contain ({@link Sandbox#uncontained()}), and names each of those in a line of
 * its {@link Sandbox#weaknesses()} that starts with the attack's {@link #keyword()} and a colon.
 */
public enum Attack {
  /** Forks without end; contained when forks fail at {@code limits.pids}. */
  FORK_BOMB("processes", "a fork bomb is held to limits.pids"),
  /** Allocates without end; contained when it is killed at {@code limits.memory} and says so. */
  MEMORY_HOG("memory", "a memory hog is killed at limits.memory and reported as oomKilled"),
  /** Spins or sleeps for ever; contained when it is killed at {@code limits.timeout}. */
  ENDLESS_LOOP("time", "an endless loop or sleep is killed at limits.timeout and reported"),
  /**
   * Leaves a process behind that detached itself (a double fork, {@code setsid}); contained when
   * nothing the command started outlives it, so that no run can slow down or tamper with the next.
   */
  DETACHED("detached", "nothing the command started outlives it, not even a detached process"),
  /** Prints gigabytes; contained when only the tail is kept and Kaizen's memory does not grow. */
  OUTPUT_FLOOD("output", "gigabytes of output keep only their tail, reported as truncated"),
  /** Writes outside the tree; contained when the root, the toolchain and Maven's are read-only. */
  HOST_WRITES("writes", "writes outside the tree (root, toolchain, Maven repository) fail"),
  /** Reads the host's files outside the tree; contained when they are not visible. */
  HOST_READS("reads", "the host's files outside the tree and the toolchain are not visible"),
  /** Fills {@code /tmp}; contained when {@code /tmp} is private and stops at {@code limits.tmp}. */
  TMP_FILL("tmp", "/tmp is private and full at limits.tmp"),
  /** Reads Kaizen's environment (API keys); contained when none of it reaches the command. */
  HOST_ENVIRONMENT("environment", "no variable of Kaizen's environment reaches the command"),
  /** Uses root or capabilities; contained when the command runs as a non-root user with none. */
  PRIVILEGES("user", "the command runs as a non-root user without capabilities"),
  /** Talks to the network; contained when the only interface is loopback. */
  NETWORK("network", "there is no network but loopback"),
  /** Outlives a killed Kaizen; contained when what it ran is stopped once Kaizen is gone. */
  ORPHANS("orphans", "what a killed Kaizen ran is stopped (at once, or when a sandbox next opens)");

  private final String keyword;
  private final String containment;

  Attack(String keyword, String containment) {
    this.keyword = Objects.requireNonNull(keyword);
    this.containment = Objects.requireNonNull(containment);
  }

  /** The word a weakness line about this attack starts with, before a colon. */
  public String keyword() {
    return keyword;
  }

  /** What containing this attack means, in one line. */
  public String containment() {
    return containment;
  }

  /** Whether {@code weakness} is the line that names this attack. */
  public boolean isNamedBy(String weakness) {
    return weakness.startsWith(keyword + ":");
  }
}
