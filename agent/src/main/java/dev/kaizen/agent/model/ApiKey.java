package dev.kaizen.agent.model;

import java.util.Map;
import java.util.Objects;

/**
 * An API key read from the environment variable the configuration names. Its text leaves this
 * object only for the provider's request header ({@link #reveal()}); {@link #toString()} names the
 * variable, never the key, and {@link #redact} scrubs it from any text before that text goes into a
 * message. {@link ModelClients} reads it; a {@link ModelProvider} gets it in its {@link
 * Connection}.
 */
public final class ApiKey {

  private static final String MASK = "***";

  private final String variable;
  private final String value;

  private ApiKey(String variable, String value) {
    this.variable = Objects.requireNonNull(variable, "variable");
    this.value = value;
  }

  /** The key in {@code env.get(variable)}; unset when the variable is missing or blank. */
  static ApiKey fromEnvironment(String variable, Map<String, String> env) {
    String v = env.get(variable);
    return new ApiKey(variable, v == null || v.isBlank() ? null : v.strip());
  }

  /** The name of the environment variable the key is read from. */
  public String variable() {
    return variable;
  }

  /** Whether the variable holds a key. */
  public boolean isSet() {
    return value != null;
  }

  /** The key itself, for the provider's request header and nothing else. */
  public String reveal() {
    if (value == null)
      throw new IllegalStateException("the environment variable " + variable + " is not set");
    return value;
  }

  /** {@code text} with every occurrence of the key replaced by {@code ***}. */
  public String redact(String text) {
    if (text == null || value == null) return text;
    return text.replace(value, MASK);
  }

  @Override
  public String toString() {
    return "ApiKey[" + variable + (isSet() ? " is set" : " is not set") + "]";
  }
}
