package dev.kaizen.sandbox;

/**
 * The sandbox itself failed (as opposed to the command it ran). The root of this module's
 * exceptions.
 */
public class SandboxException extends RuntimeException {

  public SandboxException(String message) {
    super(message);
  }

  public SandboxException(String message, Throwable cause) {
    super(message, cause);
  }
}
