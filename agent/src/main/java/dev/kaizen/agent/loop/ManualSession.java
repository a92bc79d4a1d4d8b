package dev.kaizen.agent.loop;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.Progress;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.agent.ledger.WorkspaceLock;
import dev.kaizen.agent.project.Project;
import dev.kaizen.agent.project.Trees;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.propose.Proposal;
import dev.kaizen.agent.propose.Proposer;
import dev.kaizen.agent.propose.ProposerFactory;
import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.evals.Decision;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A session the user drives one step at a time ({@code kaizen session}): set the goal, ask for a
 * proposal and read its diff, have it built, tested and judged by the gate against the best commit,
 * then accept or reject it; feedback goes into the next proposal. The user may accept a measured
 * candidate the gate did not prove better (its tests must pass): it is recorded as {@code
 * accepted-by-user}. Every proposal becomes an iteration in the ledger, as in {@link Improver}, and
 * only the session branch {@code kaizen/<session>} ever moves in the user's repository.
 *
 * <p>One proposal is in hand at a time. A step that does not fit the moment (measuring before
 * proposing, accepting what was not measured) throws a {@link UsageException} and changes nothing.
 */
public final class ManualSession implements AutoCloseable {

  /**
   * A proposal in hand.
   *
   * @param diff the candidate commit's unified diff, when it was committed
   * @param refused why it cannot be measured (a protected path, a patch that does not apply, Java
   *     that does not parse, a model's answer without a usable edit)
   */
  public record Proposed(
      int n, Proposal proposal, Optional<String> diff, Optional<String> refused) {
    public Proposed {
      Objects.requireNonNull(proposal, "proposal");
      Objects.requireNonNull(diff, "diff");
      Objects.requireNonNull(refused, "refused");
    }
  }

  /**
   * The gate's decision on the candidate in hand.
   *
   * @param candidate the candidate commit
   * @param best the best commit it was measured against
   * @param acceptable whether its build and tests passed, so that it may become the best
   */
  public record Evaluated(
      int n, String candidate, String best, Decision decision, boolean acceptable) {
    public Evaluated {
      Objects.requireNonNull(candidate, "candidate");
      Objects.requireNonNull(best, "best");
      Objects.requireNonNull(decision, "decision");
    }
  }

  /**
   * A candidate made the best commit.
   *
   * @param proven whether the gate accepted it; otherwise the user did, against {@code decision}
   * @param decision the gate's decision ({@code accepted}, {@code rejected} or {@code
   *     inconclusive})
   */
  public record Accepted(int n, String commit, String branch, boolean proven, String decision) {}

  /** A proposal dropped by the user. */
  public record Rejected(int n, String summary) {}

  /**
   * Where the session stands.
   *
   * @param tried iterations recorded
   * @param accepted iterations that moved the session branch (by the gate or by the user)
   * @param inHand the proposal in hand and its state, one line
   * @param feedback the user's words so far, as the next proposal sees them
   */
  public record Status(
      String session,
      String branch,
      String base,
      String best,
      String proposer,
      Goal goal,
      int tried,
      int accepted,
      Optional<String> inHand,
      List<String> feedback,
      Path ledger) {}

  /** The proposal in hand and what became of it so far. */
  private record InHand(Iteration iteration, Outcome outcome) {
    String label() {
      return "#" + iteration.n() + " (" + iteration.proposal().summary() + ")";
    }
  }

  private final SessionRun run;
  private final Trees trees;
  private final WorkspaceLock lock;
  private final Clock clock;
  private Goal goal;
  private InHand inHand;
  private boolean ended;

  private ManualSession(SessionRun run, Trees trees, WorkspaceLock lock, Clock clock, Goal goal) {
    this.run = run;
    this.trees = trees;
    this.lock = lock;
    this.clock = clock;
    this.goal = goal;
  }

  /**
   * Starts a session from the user's HEAD, recorded in the ledger like the loop's; it holds the
   * workspace's lock until it is closed.
   *
   * @throws UsageException when no evals are configured
   * @throws EnvironmentException when another session holds the workspace
   */
  public static ManualSession open(
      Project project, ProposerFactory proposers, Goal goal, Progress progress, Clock clock) {
    Workspace ws = project.workspace();
    Instant started = clock.instant();
    String base = ws.headCommit();
    SessionRun.noteUncommittedChanges(ws, base, progress);
    WorkspaceLock lock =
        SessionLock.take(project, () -> SessionRun.id(project, started, base), progress, clock);
    String session = lock.session();
    Trees trees;
    try {
      trees = project.trees(session);
    } catch (RuntimeException e) {
      lock.close();
      throw e;
    }
    try {
      Path baseTree = trees.export(base, "0-base");
      KaizenConfig config = project.trustedConfig(base, baseTree);
      SessionRun.warnWithoutTargets(config, progress);
      Proposer proposer = proposers.open(config, started);
      var start = new SessionRun.Start(session, started, base, baseTree, config);
      var run =
          new SessionRun(project, proposer, progress, clock, trees, start, Optional.empty(), goal);
      progress.info(
          "session "
              + session
              + ": "
              + proposer.name()
              + " proposer, manual, from "
              + Workspace.abbreviate(base)
              + "; configuration: "
              + config.source());
      return new ManualSession(run, trees, lock, clock, goal);
    } catch (RuntimeException e) {
      try {
        trees.close();
      } finally {
        lock.close();
      }
      throw e;
    }
  }

  public String id() {
    return run.session();
  }

  public Goal goal() {
    return goal;
  }

  /** Sets or changes the goal of the next proposals. */
  public void goal(Goal newGoal) {
    goal = Objects.requireNonNull(newGoal, "goal");
    run.goalChanged(newGoal);
  }

  /**
   * Asks the proposer for a change to the best commit and commits it on its candidate branch in
   * Kaizen's clone (nothing is built yet), or says why it cannot be measured.
   *
   * @return the proposal, or empty when the proposer has nothing (new) to offer
   * @throws UsageException while another proposal is in hand
   */
  public Optional<Proposed> propose() {
    if (inHand != null) {
      throw new UsageException(
          inHand.label() + " is still in hand: 'accept' or 'reject [FEEDBACK]' it first");
    }
    int n = run.iterations().size() + 1;
    CodeIndex index = CodeIndex.build(run.bestTree());
    run.profileIfWanted(index, n);
    Optional<Proposal> proposal = run.proposer().propose(goal, run.context(index, n));
    if (proposal.isEmpty() || !run.firstTry(proposal.get().key())) return Optional.empty();
    var it = new Iteration(run.session(), n, run.best(), proposal.get(), clock.instant(), index);
    Outcome committed = run.commit(it);
    inHand = new InHand(it, committed);
    return Optional.of(
        new Proposed(
            n,
            it.proposal(),
            committed.commit().map(c -> run.workspace().diff(it.parent(), c)),
            committed.commit().isPresent()
                ? Optional.empty()
                : Optional.of(committed.reasons().get(0))));
  }

  /**
   * Builds and tests the candidate in hand in the sandbox and lets the gate decide against the best
   * commit (once: asked again, answers the same decision).
   *
   * @throws UsageException when there is nothing to measure
   * @throws EnvironmentException when the sandbox cannot run, or the baseline itself fails
   */
  public Evaluated eval() {
    InHand h = inHand("measure");
    if (h.outcome().commit().isEmpty()) {
      throw new UsageException(
          h.label() + " cannot be measured: " + h.outcome().reasons().get(0) + "; 'reject' it");
    }
    if (h.outcome().decision().isEmpty()) {
      Outcome checked = run.check(h.iteration(), h.outcome());
      h = new InHand(h.iteration(), run.decide(List.of(h.iteration()), List.of(checked)).get(0));
      inHand = h;
    }
    Outcome o = h.outcome();
    return new Evaluated(
        h.iteration().n(),
        o.commit().orElseThrow(),
        h.iteration().parent(),
        o.decision().orElseThrow(),
        o.check().orElseThrow().ok());
  }

  /**
   * Makes the measured candidate in hand the best commit and moves the session branch to it, also
   * when the gate did not prove it better (recorded as {@code accepted-by-user}).
   *
   * @throws UsageException when nothing was measured, or the candidate's build or tests failed
   */
  public Accepted accept() {
    InHand h = inHand("accept");
    Outcome o = h.outcome();
    if (o.decision().isEmpty()) {
      throw new UsageException(
          h.label()
              + (o.commit().isEmpty()
                  ? " cannot be measured: " + o.reasons().get(0)
                  : " is not measured yet: 'eval' it first; nothing is accepted unmeasured"));
    }
    if (!o.check().orElseThrow().ok()) {
      throw new UsageException(
          h.label()
              + " cannot become the best: its build or tests failed ("
              + o.check().get().problem().orElse(o.decision().get().reason())
              + "); 'reject' it");
    }
    Decision d = o.decision().get();
    if (o.accepted()) {
      run.record(h.iteration(), o);
    } else {
      var reasons = new ArrayList<String>();
      reasons.add(
          "accepted by the user without the gate's proof (the gate's decision: " + d.kind() + ")");
      reasons.addAll(o.reasons());
      run.record(h.iteration(), o, SessionRun.ACCEPTED_BY_USER, reasons);
    }
    run.accept(o);
    run.progressed();
    inHand = null;
    return new Accepted(h.iteration().n(), o.commit().get(), run.branch(), o.accepted(), d.kind());
  }

  /**
   * Drops the proposal in hand; {@code words}, when given, go into the next proposals.
   *
   * @throws UsageException when no proposal is in hand
   */
  public Rejected reject(Optional<String> words) {
    InHand h = inHand("reject");
    words
        .filter(w -> !w.isBlank())
        .ifPresent(w -> run.addFeedback("on " + h.label() + ": " + w.strip()));
    var reasons = new ArrayList<String>();
    reasons.add(
        "rejected by the user"
            + words.filter(w -> !w.isBlank()).map(w -> ": " + w.strip()).orElse(""));
    reasons.addAll(h.outcome().reasons());
    run.record(h.iteration(), h.outcome(), "rejected", reasons);
    run.discard(h.outcome());
    run.progressed();
    inHand = null;
    return new Rejected(h.iteration().n(), h.iteration().proposal().summary());
  }

  /** Notes for the next proposals, about the proposal in hand when there is one. */
  public void feedback(String words) {
    if (words.isBlank()) throw new UsageException("feedback needs some words");
    run.addFeedback(inHand == null ? words.strip() : "on " + inHand.label() + ": " + words.strip());
  }

  public Status status() {
    Optional<String> hand =
        Optional.ofNullable(inHand)
            .map(
                h -> {
                  Outcome o = h.outcome();
                  String state =
                      o.commit().isEmpty()
                          ? "cannot be measured: " + o.reasons().get(0)
                          : o.decision()
                              .map(d -> "measured: " + d.kind() + ": " + d.reason())
                              .orElse(
                                  "proposed as "
                                      + Workspace.abbreviate(o.commit().get())
                                      + ", not measured yet");
                  return h.label() + " " + state;
                });
    int merged = (int) run.iterations().stream().filter(SessionRun::merged).count();
    return new Status(
        run.session(),
        run.branch(),
        run.base(),
        run.best(),
        run.proposer().name(),
        goal,
        run.iterations().size(),
        merged,
        hand,
        run.feedback(),
        run.directory());
  }

  /** Ends the session: a proposal still in hand is recorded as not merged. */
  public SessionResult end() {
    if (inHand != null) {
      InHand h = inHand;
      var reasons = new ArrayList<String>();
      reasons.add("not merged: the session ended before it was accepted or rejected");
      reasons.addAll(h.outcome().reasons());
      run.record(h.iteration(), h.outcome(), h.outcome().kind(), reasons);
      run.discard(h.outcome());
      inHand = null;
    }
    String why = "ended by the user after " + run.iterations().size() + " iteration(s)";
    run.finished(why);
    ended = true;
    return new SessionResult(
        run.session(), run.branch(), run.base(), run.best(), run.iterations(), why, false);
  }

  @Override
  public void close() {
    try {
      if (!ended) run.failed("stopped by an error; every finished iteration is in the ledger");
      run.close();
    } finally {
      try {
        trees.close();
      } finally {
        lock.close();
      }
    }
  }

  private InHand inHand(String what) {
    if (inHand == null) throw new UsageException("nothing to " + what + ": 'propose' first");
    return inHand;
  }
}
