package dev.kaizen.agent.publish;

import dev.kaizen.agent.workspace.Pushed;
import java.util.Objects;
import java.util.Optional;

/**
 * What publishing did for one session.
 *
 * @param session the session's id
 * @param branch its branch
 * @param commit the best commit, which the branch was pushed at (or would have been)
 * @param action what happened
 * @param pullRequest the pull request opened or updated, or the one that made Kaizen skip
 * @param pushed what the push did; empty when nothing was pushed
 * @param detail one line for people: what was done, or why nothing was
 */
public record Publication(
    String session,
    String branch,
    String commit,
    Action action,
    Optional<PullRequest> pullRequest,
    Optional<Pushed> pushed,
    String detail) {

  /** What happened to a session's pull request. */
  public enum Action {
    OPENED,
    UPDATED,
    SKIPPED;

    public String id() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public Publication {
    Objects.requireNonNull(session, "session");
    Objects.requireNonNull(branch, "branch");
    Objects.requireNonNull(commit, "commit");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(pullRequest, "pullRequest");
    Objects.requireNonNull(pushed, "pushed");
    Objects.requireNonNull(detail, "detail");
  }

  /** Whether a pull request was opened or updated. */
  public boolean published() {
    return action != Action.SKIPPED;
  }
}
