package dev.kaizen.agent.loop;

import dev.kaizen.agent.BudgetExhaustedException;
import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.Progress;
import dev.kaizen.agent.Quantities;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.PlanRecord;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.ledger.WorkspaceLock;
import dev.kaizen.agent.project.Project;
import dev.kaizen.agent.project.Trees;
import dev.kaizen.agent.propose.Proposal;
import dev.kaizen.agent.propose.Proposer;
import dev.kaizen.agent.propose.ProposerFactory;
import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.evals.TreeCheck;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The improvement loop: index the best tree, ask the proposer for a change, commit it on a
 * candidate branch, build, test and measure it against the best commit in the sandbox, let the gate
 * decide, record the iteration, and on acceptance move the session branch forward.
 */
public final class Improver {

  private final Project project;
  private final ProposerFactory proposers;
  private final Progress progress;
  private final Clock clock;

  public Improver(Project project, Proposer proposer, Progress progress, Clock clock) {
    this(project, ProposerFactory.of(proposer), progress, clock);
  }

  /** An improver whose proposer is opened once the session's configuration is read. */
  public Improver(Project project, ProposerFactory proposers, Progress progress, Clock clock) {
    this.project = project;
    this.proposers = proposers;
    this.progress = progress;
    this.clock = clock;
  }

  /**
   * Runs one session.
   *
   * @throws UsageException for a bad request (no such {@code --into} branch, no evals)
   * @throws EnvironmentException when the baseline itself fails, the sandbox cannot run, or another
   *     session holds the workspace
   */
  public SessionResult run(ImproveRequest request) {
    Workspace ws = project.workspace();
    Instant started = clock.instant();
    String base = ws.headCommit();
    request.into().ifPresent(into -> checkInto(ws, into));
    SessionRun.noteUncommittedChanges(ws, base, progress);

    try (WorkspaceLock lock =
            SessionLock.take(
                project, () -> SessionRun.id(project, started, base), progress, clock);
        Trees trees = project.trees(lock.session())) {
      String session = lock.session();
      Path baseTree = trees.export(base, "0-base");
      KaizenConfig config = project.trustedConfig(base, baseTree);
      int limit =
          Math.min(
              request.iterations().orElse(config.budget().maxIterations()),
              config.budget().maxIterations());
      if (request.iterations().orElse(0) > limit) {
        progress.warn(
            "--iterations "
                + request.iterations().get()
                + " is capped at budget.max-iterations = "
                + limit);
      }
      SessionRun.warnWithoutTargets(config, progress);
      Proposer proposer = proposers.open(config, started);
      var start = new SessionRun.Start(session, started, base, baseTree, config);
      try (var run =
          new SessionRun(
              project, proposer, progress, clock, trees, start, request.into(), request.goal())) {
        progress.info(
            "session "
                + session
                + ": "
                + proposer.name()
                + " proposer, up to "
                + limit
                + " iteration(s) from "
                + Workspace.abbreviate(base)
                + "; configuration: "
                + config.source());
        run.planned(new PlanRecord(limit, request.batch(), request.proposeOnly()));
        return new Loop(run, request).iterate(limit);
      }
    }
  }

  /**
   * Continues a session that was interrupted or failed, from the ledger: its finished iterations
   * are kept and count against its budget, the iteration in flight is done again, and it runs with
   * its own base, configuration, goal, plan and {@code --into} branch, from its best commit.
   *
   * @param iterations the session's new limit, finished iterations included; empty: as planned
   * @throws UsageException when there is no such session, it finished, its configuration cannot be
   *     read as it ran, or another proposer is asked for
   * @throws EnvironmentException when another session holds the workspace, or its base commit is
   *     gone
   */
  public SessionResult resume(String sessionId, Optional<Integer> iterations) {
    Workspace ws = project.workspace();
    SessionLog log = project.ledger().open(sessionId);
    try (WorkspaceLock lock = SessionLock.take(project, log::id, progress, clock);
        Trees trees = project.trees(lock.session())) {
      Resumption r = Resumption.of(log, ws);
      r.into().ifPresent(into -> checkInto(ws, into));
      Path baseTree = trees.export(r.base(), "0-base");
      KaizenConfig config = r.config(project, baseTree);
      PlanRecord plan = r.plan(iterations, config);
      Instant started = r.budgetStart(clock.instant());
      Proposer proposer = proposers.open(r.budgeted(config), started);
      r.checkProposer(proposer);
      var start = new SessionRun.Start(r.session(), started, r.base(), baseTree, config);
      try (var run = new SessionRun(project, proposer, progress, clock, trees, start, r)) {
        progress.info(
            "session "
                + r.session()
                + " resumed: "
                + r.kept().size()
                + " finished iteration(s) kept, up to "
                + plan.limit()
                + " in all, from "
                + Workspace.abbreviate(r.best())
                + "; configuration: "
                + config.source());
        run.planned(plan);
        var request =
            new ImproveRequest(
                Optional.of(plan.limit()), r.goal(), r.into(), plan.batch(), plan.proposeOnly());
        return new Loop(run, request).iterate(plan.limit());
      }
    }
  }

  private static void checkInto(Workspace ws, String into) {
    if (!ws.userHasBranch(into))
      throw new UsageException("--into " + into + ": no such branch in " + ws.userTree());
    if (ws.currentBranch().filter(into::equals).isPresent() && ws.userTreeDirty()) {
      throw new UsageException(
          "--into "
              + into
              + ": the branch is checked out with uncommitted changes; commit or stash them first");
    }
  }

  /**
   * The loop over one session: what to propose, in rounds, until a limit, a budget or the proposer
   * stops it.
   */
  private final class Loop {

    private final SessionRun run;
    private final ImproveRequest request;
    private Optional<String> budgetStop = Optional.empty();

    Loop(SessionRun run, ImproveRequest request) {
      this.run = run;
      this.request = request;
    }

    SessionResult iterate(int limit) {
      KaizenConfig config = run.config();
      Proposer proposer = run.proposer();
      try {
        String stopReason = "reached the limit of " + limit + " iteration(s)";
        boolean budgetExhausted = false;
        int n = run.iterations().size();
        while (n < limit) {
          if (Duration.between(run.started(), clock.instant()).compareTo(config.budget().maxWall())
              >= 0) {
            stopReason =
                "budget.max-wall ("
                    + Quantities.formatDuration(config.budget().maxWall())
                    + ") reached after "
                    + n
                    + " iteration(s)";
            budgetExhausted = true;
            break;
          }
          var round = new ArrayList<Iteration>();
          CodeIndex index = CodeIndex.build(run.bestTree());
          if (!request.proposeOnly()) run.profileIfWanted(index, n + 1);
          while (round.size() < Math.min(request.batch(), limit - n)) {
            int next = n + round.size() + 1;
            Optional<Proposal> proposal;
            try {
              proposal = proposer.propose(request.goal(), run.context(index, next));
            } catch (BudgetExhaustedException e) {
              budgetStop = Optional.of(e.getMessage());
              break;
            }
            if (proposal.isEmpty() || !run.firstTry(proposal.get().key())) break;
            round.add(
                new Iteration(
                    run.session(), next, run.best(), proposal.get(), clock.instant(), index));
          }
          if (round.isEmpty() && budgetStop.isPresent()) {
            stopReason = budgetStop.get() + " (after " + n + " iteration(s))";
            budgetExhausted = true;
            break;
          }
          if (round.isEmpty()) {
            stopReason =
                n == 0
                    ? "nothing to propose: the "
                        + proposer.name()
                        + " proposer found no change to try"
                    : "nothing left to propose after " + n + " iteration(s)";
            break;
          }
          n += round.size();
          if (request.proposeOnly()) {
            recordProposed(round, limit);
          } else {
            runRound(round, limit);
          }
          run.progressed();
          if (budgetStop.isPresent()) {
            stopReason = budgetStop.get() + " (after " + n + " iteration(s))";
            budgetExhausted = true;
            break;
          }
        }
        if (request.into().isPresent()
            && !run.best().equals(run.base())
            && run.fastForwardInto(request.into().get())) {
          progress.info(
              "fast-forwarded " + request.into().get() + " to " + Workspace.abbreviate(run.best()));
        }
        run.finished(stopReason);
        return new SessionResult(
            run.session(),
            run.branch(),
            run.base(),
            run.best(),
            run.iterations(),
            stopReason,
            budgetExhausted);
      } catch (RuntimeException e) {
        if (run.interrupted()) {
          throw new EnvironmentException(
              "interrupted; every finished iteration is in " + run.directory(), e);
        }
        run.failed(e.getMessage());
        throw e;
      }
    }

    /**
     * Commits each proposal on its candidate branch (or refuses it) and records it as {@code
     * proposed}: nothing of the candidate is built or run.
     */
    private void recordProposed(List<Iteration> round, int limit) {
      String measure =
          "proposed only: not built or measured; 'kaizen improve --proposer replay --from "
              + run.session()
              + "' measures it";
      for (Iteration it : round) {
        progress.info("[" + it.n() + "/" + limit + "] " + it.proposal().summary());
        Outcome outcome = run.commit(it);
        IterationRecord done =
            outcome.commit().isPresent()
                ? run.record(it, outcome, "proposed", List.of(measure))
                : run.record(it, outcome);
        progress.info("[" + it.n() + "/" + limit + "] " + done.decision() + ": " + done.reason());
      }
    }

    /**
     * Asks the proposer to revise a proposal whose candidate did not build; empty when it cannot.
     */
    private Optional<Proposal> revise(Iteration it, Outcome failed) {
      String why = failed.check().flatMap(TreeCheck::problem).orElse("the build failed");
      try {
        Optional<Proposal> revised =
            run.proposer()
                .revise(
                    it.proposal(),
                    Diagnoses.buildMessages(failed.check().get(), why),
                    run.context(it.index(), it.n()));
        return revised.filter(r -> !r.patch().isEmpty() && run.firstTry(r.key()));
      } catch (BudgetExhaustedException e) {
        budgetStop = Optional.of(e.getMessage());
        return Optional.empty();
      }
    }

    /**
     * Runs one round: commits and checks each proposal, lets the gate decide on those that built
     * (together, when there are several), records every iteration, and accepts the best accepted
     * candidate.
     */
    private void runRound(List<Iteration> round, int limit) {
      var outcomes = new Outcome[round.size()];
      var positions = new ArrayList<Integer>();
      for (int i = 0; i < round.size(); i++) {
        Iteration it = round.get(i);
        progress.info("[" + it.n() + "/" + limit + "] " + it.proposal().summary());
        outcomes[i] = run.prepare(it);
        while (outcomes[i].buildFailed() && budgetStop.isEmpty()) {
          Optional<Proposal> revised = revise(it, outcomes[i]);
          if (revised.isEmpty()) break;
          run.discard(outcomes[i]);
          it = it.revised(revised.get(), outcomes[i].commit());
          round.set(i, it);
          progress.info(
              "["
                  + it.n()
                  + "/"
                  + limit
                  + "] the build failed; revised: "
                  + it.proposal().summary());
          outcomes[i] = run.prepare(it);
        }
        if (outcomes[i].check().isPresent()) positions.add(i);
      }
      if (!positions.isEmpty()) {
        List<Outcome> decided =
            run.decide(
                positions.stream().map(round::get).toList(),
                positions.stream().map(i -> outcomes[i]).toList(),
                run.iterations().size() + round.size() - positions.size());
        for (int k = 0; k < positions.size(); k++) outcomes[positions.get(k)] = decided.get(k);
      }
      int winning = -1;
      for (int i = 0; i < round.size(); i++) {
        if (outcomes[i].accepted()
            && (winning < 0 || outcomes[i].effect() > outcomes[winning].effect())) winning = i;
      }
      Outcome winner = winning < 0 ? null : outcomes[winning];
      for (int i = 0; i < round.size(); i++) {
        Iteration it = round.get(i);
        if (outcomes[i].accepted() && i != winning) {
          outcomes[i] =
              outcomes[i].notMerged(
                  Resumption.NOT_MERGED
                      + "iteration "
                      + round.get(winning).n()
                      + " is better in this batch");
        }
        IterationRecord done = run.record(it, outcomes[i]);
        progress.info("[" + it.n() + "/" + limit + "] " + done.decision() + ": " + done.reason());
      }
      for (Outcome o : outcomes) {
        if (o != winner) run.discard(o);
      }
      if (winner != null) run.accept(winner);
    }
  }
}
