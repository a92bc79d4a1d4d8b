package dev.kaizen.agent.publish;

import dev.kaizen.agent.UsageException;
import java.util.Objects;
import java.util.regex.Pattern;

/** A repository on GitHub, {@code owner/name}. */
public record GitHubRepository(String owner, String name) {

  private static final Pattern PART = Pattern.compile("[A-Za-z0-9_.-]+");

  public GitHubRepository {
    Objects.requireNonNull(owner, "owner");
    Objects.requireNonNull(name, "name");
    if (!PART.matcher(owner).matches()
        || !PART.matcher(name).matches()
        || name.equals(".")
        || name.equals("..")) {
      throw new IllegalArgumentException("not a GitHub repository: " + owner + "/" + name);
    }
  }

  /**
   * Reads {@code owner/name}, as {@code GITHUB_REPOSITORY} holds it.
   *
   * @throws UsageException naming {@code what} when the text is not of that form
   */
  public static GitHubRepository parse(String text, String what) {
    String t = text == null ? "" : text.strip();
    int slash = t.indexOf('/');
    if (slash > 0 && slash == t.lastIndexOf('/')) {
      try {
        return new GitHubRepository(t.substring(0, slash), t.substring(slash + 1));
      } catch (IllegalArgumentException e) {
        // reported below
      }
    }
    throw new UsageException(what + ": expected owner/name, not '" + t + "'");
  }

  @Override
  public String toString() {
    return owner + "/" + name;
  }
}
