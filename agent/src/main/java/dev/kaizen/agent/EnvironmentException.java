package dev.kaizen.agent;

/**
 * Something Kaizen needs is not there: no git repository, no Docker engine, a baseline that does
 * not build. Exit 3.
 */
public class EnvironmentException extends KaizenException {

  public EnvironmentException(String message) {
    super(message);
  }

  public EnvironmentException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public int exitCode() {
    return 3;
  }
}
