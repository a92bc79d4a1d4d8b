package dev.kaizen.sandbox;

/**
 * The sandbox cannot be set up as configured: an image that is neither local nor pullable, a
 * Dockerfile that is missing or does not build, a Dockerfile path outside the tree. Trying again
 * does not help; the configuration ({@code sandbox.image} in {@code kaizen.yml}) must change.
 */
public class SandboxConfigurationException extends SandboxException {

  public SandboxConfigurationException(String message) {
    super(message);
  }

  public SandboxConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
