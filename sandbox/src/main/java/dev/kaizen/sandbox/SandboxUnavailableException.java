package dev.kaizen.sandbox;

/** The requested backend cannot run here, for example because no Docker engine answers. */
public class SandboxUnavailableException extends SandboxException {

  public SandboxUnavailableException(String message) {
    super(message);
  }

  public SandboxUnavailableException(String message, Throwable cause) {
    super(message, cause);
  }
}
