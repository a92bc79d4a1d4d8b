package dev.kaizen.agent.workspace;

import java.util.Objects;

/**
 * A user name and a secret for an HTTPS remote (for GitHub: {@code x-access-token} and a token).
 * {@link #toString()} never shows the secret.
 */
public record RemoteLogin(String user, String secret) {

  public RemoteLogin {
    Objects.requireNonNull(user, "user");
    Objects.requireNonNull(secret, "secret");
    if (secret.isBlank()) throw new IllegalArgumentException("the secret is blank");
  }

  /** {@code text} with every occurrence of the secret replaced by {@code ***}. */
  public String redact(String text) {
    return text == null ? null : text.replace(secret, "***");
  }

  @Override
  public String toString() {
    return "RemoteLogin[" + user + ", ***]";
  }
}
