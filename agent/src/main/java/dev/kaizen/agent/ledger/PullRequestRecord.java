package dev.kaizen.agent.ledger;

import java.util.Objects;

/**
 * {@code pull-request.json} in a session's folder: the pull request its branch was last published
 * to, where and when. Never holds a token.
 *
 * @param repository the GitHub repository, {@code owner/name}
 * @param number the pull request's number
 * @param url its page
 * @param action {@code opened} or {@code updated}
 * @param branch the branch pushed
 * @param base the branch it proposes to merge into
 * @param commit the commit pushed
 * @param pushed what the push did; null when not recorded
 * @param at when it was published (ISO-8601)
 */
public record PullRequestRecord(
    String repository,
    int number,
    String url,
    String action,
    String branch,
    String base,
    String commit,
    String pushed,
    String at) {

  public PullRequestRecord {
    Objects.requireNonNull(repository, "repository");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(commit, "commit");
  }
}
