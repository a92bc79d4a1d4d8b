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
 * @param process the process that runs it (the last one, when it was resumed); null in ledgers
 *     written before it was recorded
 * @param plan how {@code kaizen improve} was asked to run it; null for a manual session, and in
 *     ledgers written before it was recorded
 * @param intoMoved the commit the {@code into} branch was fast-forwarded to, once it was; null
 *     until then
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
    String best,
    ProcessRecord process,
    PlanRecord plan,
    String intoMoved) {

  /** A record without a process, plan or fast-forward: as ledgers before them were written. */
  public SessionRecord(
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
    this(
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
        best,
        null,
        null,
        null);
  }

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
        best,
        process,
        plan,
        intoMoved);
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
        best,
        process,
        plan,
        intoMoved);
  }

  /** This record with another goal. */
  public SessionRecord withGoal(String newGoal) {
    return new SessionRecord(
        id,
        repository,
        base,
        branch,
        into,
        proposer,
        newGoal,
        config,
        started,
        finished,
        status,
        statusDetail,
        tried,
        accepted,
        best,
        process,
        plan,
        intoMoved);
  }

  /** This record, run by {@code newProcess} as planned by {@code newPlan} (which may be null). */
  public SessionRecord runBy(ProcessRecord newProcess, PlanRecord newPlan) {
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
        best,
        newProcess,
        newPlan,
        intoMoved);
  }

  /** This record with the configuration as it ran (the sandbox backend that opened, say). */
  public SessionRecord withConfig(ConfigSnapshot ran) {
    return new SessionRecord(
        id,
        repository,
        base,
        branch,
        into,
        proposer,
        goal,
        ran,
        started,
        finished,
        status,
        statusDetail,
        tried,
        accepted,
        best,
        process,
        plan,
        intoMoved);
  }

  /** This record once its {@code into} branch was fast-forwarded to {@code commit}. */
  public SessionRecord withIntoMoved(String commit) {
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
        best,
        process,
        plan,
        commit);
  }

  /**
   * This record running again: a resumed session (say which process runs it with {@link #runBy}).
   */
  public SessionRecord resumed() {
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
        null,
        "running",
        null,
        tried,
        accepted,
        best,
        process,
        plan,
        intoMoved);
  }

  /** Whether it is still running, as recorded. */
  public boolean running() {
    return status.equals("running");
  }
}
