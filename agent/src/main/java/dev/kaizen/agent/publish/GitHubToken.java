package dev.kaizen.agent.publish;

import dev.kaizen.agent.EnvironmentException;
import java.util.Map;
import java.util.Objects;

/**
 * A GitHub token read from an environment variable. Its text leaves this object only for a
 * request's {@code Authorization} header and a push's credentials ({@link #reveal()}); {@link
 * #toString()} names the variable, and {@link #redact} scrubs the token from any text before that
 * text goes into a message.
 */
public final class GitHubToken {

  /** The variable GitHub Actions sets. */
  public static final String DEFAULT_VARIABLE = "GITHUB_TOKEN";

  private final String variable;
  private final String value;

  private GitHubToken(String variable, String value) {
    this.variable = variable;
    this.value = value;
  }

  /**
   * The token in {@code env.get(variable)}.
   *
   * @throws EnvironmentException naming the variable when it is unset or blank
   */
  public static GitHubToken fromEnvironment(String variable, Map<String, String> env) {
    Objects.requireNonNull(variable, "variable");
    String v = env.get(variable);
    if (v == null || v.isBlank()) {
      throw new EnvironmentException(
          "no GitHub token: the environment variable "
              + variable
              + " is not set"
              + (variable.equals(DEFAULT_VARIABLE)
                  ? " (GitHub Actions sets it; elsewhere export a token, or name another variable with --token-env)"
                  : ""));
    }
    return new GitHubToken(variable, v.strip());
  }

  public String variable() {
    return variable;
  }

  /** The token itself, for the request header and the push's credentials and nothing else. */
  String reveal() {
    return value;
  }

  /** {@code text} with every occurrence of the token replaced by {@code ***}. */
  public String redact(String text) {
    return text == null ? null : text.replace(value, "***");
  }

  @Override
  public String toString() {
    return "GitHubToken[" + variable + "]";
  }
}
