package dev.kaizen.agent.model;

import dev.kaizen.agent.UsageException;

/**
 * The provider refused the request itself (HTTP 400, 404 or another 4xx that retrying cannot fix):
 * usually a wrong model name, a base URL that does not point at the API, or a limit the request
 * exceeds. Not retried. Exit 2, like other configuration errors.
 */
public class ModelRequestException extends UsageException {

  private final int status;

  public ModelRequestException(int status, String message) {
    super(message);
    this.status = status;
  }

  /** The HTTP status the provider answered with. */
  public int status() {
    return status;
  }
}
