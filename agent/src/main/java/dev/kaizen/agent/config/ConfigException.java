package dev.kaizen.agent.config;

import dev.kaizen.agent.UsageException;

/** {@code kaizen.yml} is not valid. The message names the file, the line and the key. */
public class ConfigException extends UsageException {

  public ConfigException(String message) {
    super(message);
  }
}
