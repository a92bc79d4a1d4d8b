package dev.kaizen.agent;

/**
 * The root of the agent's exceptions. Each kind carries the process exit code the CLI maps it to
 * (the only place exceptions become exit codes).
 */
public abstract class KaizenException extends RuntimeException {

  protected KaizenException(String message) {
    super(message);
  }

  protected KaizenException(String message, Throwable cause) {
    super(message, cause);
  }

  /** The exit code documented for this kind of failure. */
  public abstract int exitCode();
}
