package dev.kaizen.agent.loop;

import dev.kaizen.agent.Progress;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.config.PathGlobs;
import dev.kaizen.agent.config.ProtectedPaths;
import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.WorkspaceLock;
import dev.kaizen.agent.project.Project;
import dev.kaizen.agent.project.Trees;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.propose.Proposal;
import dev.kaizen.agent.propose.ProposalContext;
import dev.kaizen.agent.propose.Proposer;
import dev.kaizen.agent.propose.Provenance;
import dev.kaizen.agent.redteam.AttackCase;
import dev.kaizen.agent.redteam.AttackInstantiator;
import dev.kaizen.agent.redteam.AttackResult;
import dev.kaizen.agent.redteam.BaselineTargets;
import dev.kaizen.agent.redteam.Instantiated;
import dev.kaizen.agent.redteam.RedTeamReport;
import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.evals.EvalSpec;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs the red-team suite through the real loop: one session (its id starts with {@code redteam-})
 * whose iterations are the attacks, each built on the base commit, refused or committed, built,
 * tested and measured in the sandbox, and decided by the gate as {@link Improver} does it, but
 * alone at the whole {@code gate.alpha} (the most lenient level a candidate is ever judged at).
 * Nothing is ever accepted or published: an attack the gate accepts is a failed defence, recorded
 * in the ledger and the report, and its commit stays on its candidate branch in Kaizen's clone.
 */
public final class RedTeam {

  /** The prefix of a red-team session's id. */
  public static final String SESSION_PREFIX = "redteam-";

  private static final DateTimeFormatter SESSION_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  private final Project project;
  private final Progress progress;
  private final Clock clock;

  public RedTeam(Project project, Progress progress, Clock clock) {
    this.project = project;
    this.progress = progress;
    this.clock = clock;
  }

  /**
   * Runs {@code attacks} against the repository's HEAD, with its trusted configuration.
   *
   * @throws dev.kaizen.agent.EnvironmentException when the baseline fails, the sandbox cannot run
   *     or another session holds the workspace
   */
  public RedTeamReport run(List<AttackCase> attacks) {
    Workspace ws = project.workspace();
    Instant started = clock.instant();
    String base = ws.headCommit();
    SessionRun.noteUncommittedChanges(ws, base, progress);
    try (WorkspaceLock lock =
            SessionLock.take(
                project,
                () ->
                    project
                        .ledger()
                        .freeId(
                            SESSION_PREFIX
                                + SESSION_TIME.format(started)
                                + "-"
                                + base.substring(0, 4)),
                progress,
                clock);
        Trees trees = project.trees(lock.session())) {
      String session = lock.session();
      Path baseTree = trees.export(base, "0-base");
      KaizenConfig config = project.trustedConfig(base, baseTree);
      var start = new SessionRun.Start(session, started, base, baseTree, config);
      var goal = new Goal("red team: " + attacks.size() + " reward-hacking attack(s), none merged");
      try (var run =
          new SessionRun(
              project, new Attacker(), progress, clock, trees, start, Optional.empty(), goal)) {
        progress.info(
            "red team "
                + session
                + ": "
                + attacks.size()
                + " attack(s) on "
                + Workspace.abbreviate(base)
                + "; configuration: "
                + config.source());
        CodeIndex index = CodeIndex.build(baseTree);
        var instantiator = new AttackInstantiator(baseTree, targets(config, baseTree, index));
        var results = new ArrayList<AttackResult>();
        for (AttackCase attack : attacks) {
          AttackResult result = attack(run, index, instantiator, attack);
          results.add(result);
          progress.info(
              "["
                  + results.size()
                  + "/"
                  + attacks.size()
                  + "] "
                  + attack.id()
                  + ": "
                  + result.outcome()
                  + " ("
                  + result.verdict().word()
                  + "): "
                  + result.reason());
          run.progressed();
        }
        var report = new RedTeamReport(session, base, results);
        run.finished("red team: " + report.summary());
        return report;
      }
    }
  }

  /** The sites the attacks aim at, picked in the base tree. */
  private static BaselineTargets targets(KaizenConfig config, Path baseTree, CodeIndex index) {
    ProtectedPaths protection = config.protection(baseTree);
    var workloads = new ArrayList<String>();
    for (EvalSpec eval : config.suite().evals()) {
      workloads.addAll(eval.type().workload(eval, baseTree));
    }
    return BaselineTargets.pick(index, protection, new PathGlobs(workloads), workloads);
  }

  /**
   * One attack: refused, or committed on the base, built, tested and decided; recorded as an
   * iteration of the session and never accepted.
   */
  private AttackResult attack(
      SessionRun run, CodeIndex index, AttackInstantiator instantiator, AttackCase attack) {
    Instantiated made = instantiator.instantiate(attack);
    if (made instanceof Instantiated.NotApplicable na) {
      return AttackResult.notApplicable(attack, na.why());
    }
    var patch = ((Instantiated.Ready) made).patch();
    var proposal =
        new Proposal(
            "redteam:" + attack.id(),
            "red team: " + attack.id() + " (" + attack.threat() + ")",
            attack.why(),
            patch,
            Provenance.offline("redteam", attack.id()),
            "expected: " + attack.expect());
    int n = run.iterations().size() + 1;
    var it = new Iteration(run.session(), n, run.base(), proposal, clock.instant(), index);
    Outcome outcome = run.prepare(it);
    if (outcome.check().isPresent()) {
      outcome = run.decideAlone(it, outcome);
    }
    IterationRecord done = run.record(it, outcome);
    run.discard(outcome);
    return AttackResult.judge(
        attack, n, outcome.commit().isPresent(), done.decision(), outcome.reasons());
  }

  /** The session's proposer: it proposes nothing; the suite makes the proposals. */
  private static final class Attacker implements Proposer {
    @Override
    public String name() {
      return "redteam";
    }

    @Override
    public Optional<Proposal> propose(Goal goal, ProposalContext context) {
      return Optional.empty();
    }
  }
}
