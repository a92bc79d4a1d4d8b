package dev.kaizen.sandbox;

/**
 * How far a sandbox separates a command from the host, weakest first: the order in which {@code
 * auto} prefers backends.
 */
public enum Isolation {
  /** None: commands run as plain processes of the host, with its network, files and user. */
  NONE,
  /**
   * Some: the host's network, files and users are hidden or read-only, but at least one resource
   * the sandbox policy names (memory, processes, CPU) is not limited.
   */
  PARTIAL,
  /** Everything the sandbox policy names (a locked-down container). */
  FULL
}
