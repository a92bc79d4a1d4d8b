package dev.kaizen.agent;

/**
 * The user asked for something that cannot be done as asked: bad option, bad configuration. Exit 2.
 */
public class UsageException extends KaizenException {

  public UsageException(String message) {
    super(message);
  }

  public UsageException(String message, Throwable cause) {
    super(message, cause);
  }

  @Override
  public int exitCode() {
    return 2;
  }
}
