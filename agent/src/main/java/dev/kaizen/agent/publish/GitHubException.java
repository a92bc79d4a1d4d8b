package dev.kaizen.agent.publish;

import dev.kaizen.agent.EnvironmentException;

/**
 * GitHub's API answered with an error (401, 403, 404, 422, 5xx): the message carries GitHub's own
 * words ({@code message} and each {@code errors[].message}). Exit 3.
 */
public final class GitHubException extends EnvironmentException {

  private final int status;

  public GitHubException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The HTTP status GitHub answered with. */
  public int status() {
    return status;
  }
}
