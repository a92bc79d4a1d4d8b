package dev.kaizen.agent.ledger;

import java.util.Objects;

/**
 * {@code session.json}: how a session was started and, once it ends, how it ended.
 *
 * @param id the session's id ({@code 20261127-0423-5f1c})
 * @param repository the user's working tree
 * @param base the commit the session started from
 * @param branch the session branch ({@code kaizen/<id>})
 * @param into the branch {@code --into} fast-forwards, or null
 * @param proposer the proposer's name
 * @param goal the goal's text
 * @param config the configuration it ran with, and where it came from
 * @param started when it started (ISO-8601)
 * @param finished when it ended, or null while it runs
 * @param status {@code running}, {@code finished}, {@code interrupted} or {@code failed}
 * @param statusDetail why it ended that way, one line
 * @param tried iterations tried
 * @param accepted iterations accepted
 * @param best the best commit so far
 */
public record SessionRecord(
    String id,
    String repository,
    String base,
    String branch,
    String into,
    String proposer,
    String goal,
    ConfigSnapshot config,
    String started,
    String finished,
    String status,
    String statusDetail,
    int tried,
    int accepted,
    String best) {

  public SessionRecord {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(status, "status");
    config = config == null ? ConfigSnapshot.NONE : config;
  }

  /** This record as it ends. */
  public SessionRecord ended(
      String finished, String status, String detail, int tried, int accepted, String best) {
    return new SessionRecord(
        id,
        repository,
        base,
        branch,
        into,
        proposer,
        goal,
        config,
        started,
        finished,
        status,
        detail,
        tried,
        accepted,
        best);
  }

  /** This record with new totals, still running. */
  public SessionRecord progressed(int tried, int accepted, String best) {
    return new SessionRecord(
        id,
        repository,
        base,
        branch,
        into,
        proposer,
        goal,
        config,
        started,
        finished,
        status,
        statusDetail,
        tried,
        accepted,
        best);
  }
}
