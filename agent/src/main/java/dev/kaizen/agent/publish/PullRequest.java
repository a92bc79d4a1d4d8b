package dev.kaizen.agent.publish;

import java.util.Objects;

/**
 * A pull request as GitHub describes it.
 *
 * @param number its number in the repository
 * @param url its page
 * @param state {@code open} or {@code closed}
 * @param draft whether it is a draft
 * @param merged whether it was merged
 * @param head the branch it proposes
 * @param body its description (empty when it has none)
 */
public record PullRequest(
    int number, String url, String state, boolean draft, boolean merged, String head, String body) {

  public PullRequest {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(head, "head");
    body = body == null ? "" : body;
  }

  public boolean open() {
    return state.equals("open");
  }

  /** The Kaizen marker in its body, when Kaizen opened it. */
  public java.util.Optional<PrMarker> marker() {
    return PrMarker.find(body);
  }
}
