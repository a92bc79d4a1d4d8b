package dev.kaizen.sandbox;

/**
 * How far a sandbox separates a command from the host, weakest first: the order in which {@code
 * auto} prefers backends. {@code auto} never chooses {@link #NONE} unless running without isolation
 * was allowed (see {@code SandboxBackends.allowingUnsandboxed()}).
 */
public enum Isolation {
  /**
   * None: commands run as plain processes of the host, with its network, files, user and processes
   * (Kaizen's environment among them). Only ever used when asked for by name or explicitly allowed.
   */
  NONE,
  /**
   * Some: the host's network, files, processes (and so Kaizen's environment) and users are hidden
   * or read-only, but at least one resource the sandbox policy names (memory, processes, CPU) is
   * not limited.
   */
  PARTIAL,
  /** Everything the sandbox policy names (a locked-down container): every {@link Attack}. */
  FULL
}
