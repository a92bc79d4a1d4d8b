package dev.kaizen.agent.api;

import java.util.Objects;

/**
 * What {@code pr --dry-run} would publish for one session.
 *
 * @param session the session's id
 * @param branch its branch
 * @param commit the best commit the branch would be pushed at
 * @param title the pull request's title
 * @param body its description
 */
public record PullRequestPreview(
    String session, String branch, String commit, String title, String body) {

  public PullRequestPreview {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(body, "body");
  }
}
