package dev.kaizen.agent.publish;

import java.util.Objects;

/**
 * What GitHub says of a repository.
 *
 * @param defaultBranch the branch pull requests go into, which Kaizen never pushes to
 * @param url its page
 */
public record RepositoryInfo(String defaultBranch, String url) {

  public RepositoryInfo {
    Objects.requireNonNull(defaultBranch, "defaultBranch");
    Objects.requireNonNull(url, "url");
  }
}
