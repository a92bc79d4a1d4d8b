package dev.kaizen.agent.loop;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.Progress;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.config.ProtectedPaths;
import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.agent.ledger.DecisionRecord;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.PlanRecord;
import dev.kaizen.agent.ledger.ProcessRecord;
import dev.kaizen.agent.ledger.ScorecardRecord;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.ledger.SessionRecord;
import dev.kaizen.agent.patch.FileEdit;
import dev.kaizen.agent.patch.JavaSyntax;
import dev.kaizen.agent.profile.Profile;
import dev.kaizen.agent.project.Judge;
import dev.kaizen.agent.project.Project;
import dev.kaizen.agent.project.Trees;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.propose.Hotspot;
import dev.kaizen.agent.propose.PastAttempt;
import dev.kaizen.agent.propose.Proposal;
import dev.kaizen.agent.propose.ProposalContext;
import dev.kaizen.agent.propose.Proposer;
import dev.kaizen.agent.propose.SessionNotes;
import dev.kaizen.agent.trust.ChangeFingerprint;
import dev.kaizen.agent.trust.ChangedSource;
import dev.kaizen.agent.trust.HackCheck;
import dev.kaizen.agent.trust.HackFinding;
import dev.kaizen.agent.trust.JudgedClasses;
import dev.kaizen.agent.trust.JudgedFiles;
import dev.kaizen.agent.workspace.ApplyResult;
import dev.kaizen.agent.workspace.ChangedPath;
import dev.kaizen.agent.workspace.CommitInfo;
import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.evals.AlphaSpending;
import dev.kaizen.evals.BatchCandidate;
import dev.kaizen.evals.Decision;
import dev.kaizen.evals.EvalSpec;
import dev.kaizen.evals.Evidence;
import dev.kaizen.evals.Gate;
import dev.kaizen.evals.GateSettings;
import dev.kaizen.evals.Look;
import dev.kaizen.evals.TreeCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One session's state while it runs, shared by the loop ({@link Improver}) and a manual session
 * ({@link ManualSession}): the ledger, the trees, what was tried, the best commit, and the sandbox
 * once a candidate needs it. It commits and checks proposals, lets the gate decide, records
 * iterations and moves the session branch; what to try next, and when, is its owner's business.
 */
final class SessionRun implements AutoCloseable {

  /** The decision of a candidate the user accepted without the gate's proof. */
  static final String ACCEPTED_BY_USER = "accepted-by-user";

  /** How long a signal's hook waits for a fast-forward of the user's branch to finish. */
  private static final Duration FAST_FORWARD_PATIENCE = Duration.ofSeconds(30);

  private static final DateTimeFormatter SESSION_TIME =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

  /**
   * What a session starts from.
   *
   * @param session the session's id
   * @param started when it started; for a resumed session, when it resumed less the wall time its
   *     finished iterations took, so that {@code budget.max-wall} counts them
   * @param base the commit it starts from
   * @param baseTree the base commit's exported tree
   * @param config the trusted configuration, from the base commit
   */
  record Start(String session, Instant started, String base, Path baseTree, KaizenConfig config) {}

  private final Project project;
  private final Proposer proposer;
  private final Progress progress;
  private final Clock clock;
  private final Start start;
  private final String branch;
  private final Trees trees;
  private final Workspace ws;
  private final ProtectedPaths protectedPaths;
  private final JudgedFiles judged;
  private final SessionLog log;
  private final List<IterationRecord> iterations = new CopyOnWriteArrayList<>();
  private final Set<String> tried = new HashSet<>();
  private final Map<String, Integer> fingerprints = new HashMap<>(); // change → its iteration
  private final List<PastAttempt> history = new ArrayList<>();
  private final List<String> feedback = new ArrayList<>();
  private final Thread interruptMarker;
  private final AtomicBoolean interrupted = new AtomicBoolean();
  private final FastForwardGuard fastForwards = new FastForwardGuard();

  private SessionRecord record;
  private AlphaSpending spending;
  private Optional<Evidence> lastEvidence = Optional.empty();
  private Set<String> judgedClasses; // the base tree's test and benchmark classes, on first use
  private Set<String> judgedInputs; // the literals of its tests, benchmarks and workloads, too

  /** The hot methods of the best tree, once profiled; cleared when the best tree changes. */
  private Optional<List<Hotspot>> hotspots = Optional.empty();

  private String best;
  private Path bestTree;
  private Judge judge; // opened on the first candidate: nothing to propose needs no sandbox
  private Gate gate;
  private TreeCheck bestCheck;
  private String status = "failed";
  private String detail;

  /**
   * Starts recording the session in the ledger and creates its branch in Kaizen's clone.
   *
   * @param into the user's branch to fast-forward at the end, recorded in {@code session.json}
   */
  SessionRun(
      Project project,
      Proposer proposer,
      Progress progress,
      Clock clock,
      Trees trees,
      Start start,
      Optional<String> into,
      Goal goal) {
    this(project, proposer, progress, clock, trees, start, into, goal, Optional.empty());
  }

  /**
   * Resumes a session the ledger holds ({@link Resumption}): its finished iterations are kept, what
   * it tried is not proposed again, and its branch goes on from its best commit.
   */
  SessionRun(
      Project project,
      Proposer proposer,
      Progress progress,
      Clock clock,
      Trees trees,
      Start start,
      Resumption resumed) {
    this(
        project,
        proposer,
        progress,
        clock,
        trees,
        start,
        resumed.into(),
        resumed.goal(),
        Optional.of(resumed));
  }

  private SessionRun(
      Project project,
      Proposer proposer,
      Progress progress,
      Clock clock,
      Trees trees,
      Start start,
      Optional<String> into,
      Goal goal,
      Optional<Resumption> resumed) {
    this.project = project;
    this.proposer = proposer;
    this.progress = progress;
    this.clock = clock;
    this.trees = trees;
    this.start = start;
    this.branch = "kaizen/" + start.session();
    this.ws = project.workspace();
    this.protectedPaths = start.config().protection(start.baseTree());
    this.judged = new JudgedFiles(protectedPaths);
    this.spending =
        AlphaSpending.over(start.config().gate().alpha(), start.config().budget().maxIterations());
    if (resumed.isPresent()) {
      Resumption r = resumed.get();
      this.best = r.best();
      this.bestTree =
          best.equals(start.base()) ? start.baseTree() : trees.export(best, "resumed-best");
      this.log = r.log();
      this.record = r.record().resumed().runBy(ProcessRecord.current(), r.record().plan());
      restore(r);
    } else {
      this.best = start.base();
      this.bestTree = start.baseTree();
      this.log = begin(project, start, into, goal);
      project.configText(start.base()).ifPresent(log::writeConfigText);
      ws.setBranch(branch, Optional.empty(), start.base());
    }
    this.interruptMarker = new Thread(this::markInterrupted, "kaizen-ledger-interrupt");
    Runtime.getRuntime().addShutdownHook(interruptMarker);
  }

  /** Records a new session in the ledger. */
  private SessionLog begin(Project project, Start start, Optional<String> into, Goal goal) {
    this.record =
        new SessionRecord(
                start.session(),
                ws.userTree().toString(),
                start.base(),
                branch,
                into.orElse(null),
                proposer.name(),
                goal.text(),
                Artifacts.configSnapshot(start.config(), protectedPaths),
                start.started().toString(),
                null,
                "running",
                null,
                0,
                0,
                start.base())
            .runBy(ProcessRecord.current(), null);
    return project.ledger().start(record);
  }

  /**
   * Takes up a resumed session: its finished iterations and what they tried, its branch at its best
   * commit (where an acceptance was cut short), and {@code session.json} running again.
   */
  private void restore(Resumption r) {
    r.clearUnfinished(ws);
    for (IterationRecord done : r.kept()) {
      iterations.add(done);
      if (done.key() != null) tried.add(done.key());
      if (done.fingerprint() != null) fingerprints.putIfAbsent(done.fingerprint(), done.n());
      spending = spending.spend(spentBy(done));
      history.add(Diagnoses.attempt(done, Optional.empty(), Optional.empty()));
    }
    Optional<String> tip = ws.branch(branch);
    if (!tip.equals(Optional.of(best))) ws.setBranch(branch, tip, best);
    Optional<String> published = ws.userBranch(branch);
    if (!best.equals(start.base()) && !published.equals(Optional.of(best))) {
      try {
        ws.publish(branch, published, best);
      } catch (UsageException | EnvironmentException e) {
        progress.warn(
            "the session branch was not updated in " + ws.userTree() + ": " + e.getMessage());
      }
    }
    log.writeSession(record.progressed(iterations.size(), countMerged(), best));
    log.appendJournal(r.journalEntry(clock.instant(), record.process().toString()));
  }

  /**
   * The part of the session's α a finished iteration spent: as recorded, or, for a line written
   * before sessions spent α, a whole iteration's share when the gate measured it.
   */
  private double spentBy(IterationRecord done) {
    if (done.alphaSpent() != null) return done.alphaSpent();
    return done.pairs() != null ? spending.firstLevel() : 0;
  }

  /**
   * A session's id: when it started (UTC) and the first four hex digits of its base commit; unique
   * in the ledger.
   */
  static String id(Project project, Instant started, String base) {
    return project.ledger().freeId(SESSION_TIME.format(started) + "-" + base.substring(0, 4));
  }

  /**
   * Says so when the user's tree has uncommitted changes: the session starts from HEAD without
   * them.
   */
  static void noteUncommittedChanges(Workspace ws, String base, Progress progress) {
    if (ws.userTreeDirty()) {
      progress.info(
          "note: uncommitted changes in "
              + ws.userTree()
              + " are not part of this session; it starts from HEAD "
              + Workspace.abbreviate(base));
    }
  }

  static void warnWithoutTargets(KaizenConfig config, Progress progress) {
    if (!config.suite().hasTargets()) {
      progress.warn(
          "no target metric is configured ("
              + config.source()
              + "): nothing can be proven better, so nothing will be accepted");
    }
  }

  /** Whether an iteration moved the session branch: accepted by the gate, or by the user. */
  static boolean merged(IterationRecord r) {
    return r.accepted() || r.decision().equals(ACCEPTED_BY_USER);
  }

  String session() {
    return start.session();
  }

  String branch() {
    return branch;
  }

  String base() {
    return start.base();
  }

  Instant started() {
    return start.started();
  }

  KaizenConfig config() {
    return start.config();
  }

  Proposer proposer() {
    return proposer;
  }

  String best() {
    return best;
  }

  Path bestTree() {
    return bestTree;
  }

  Workspace workspace() {
    return ws;
  }

  Path directory() {
    return log.directory();
  }

  /** Every recorded iteration, in order. */
  List<IterationRecord> iterations() {
    return iterations;
  }

  /** Notes {@code key} as tried; false when it was tried before in this session. */
  boolean firstTry(String key) {
    return tried.add(key);
  }

  /** Profiles the best tree when the proposer wants hot methods and they are not known yet. */
  void profileIfWanted(CodeIndex index, int n) {
    if (proposer.wantsProfile() && hotspots.isEmpty()) hotspots = Optional.of(profile(index, n));
  }

  /**
   * What the proposer sees for iteration {@code n}: the best tree, its index, the session's notes.
   */
  ProposalContext context(CodeIndex index, int n) {
    var notes =
        new SessionNotes(
            history,
            Diagnoses.metrics(start.config().suite(), lastEvidence),
            hotspots.orElse(List.of()),
            feedback);
    return new ProposalContext(
        bestTree, index, tried, protectedPaths, n, notes, log::appendExchange);
  }

  /** The user's words so far, oldest first. */
  List<String> feedback() {
    return List.copyOf(feedback);
  }

  /** Adds the user's words for the next proposals, and keeps them in the journal. */
  void addFeedback(String words) {
    feedback.add(words);
    log.appendJournal("## Feedback\n\n> " + words.strip().replace("\n", "\n> ") + "\n\n");
  }

  /** Records a new goal in {@code session.json} and the journal. */
  void goalChanged(Goal goal) {
    record = record.withGoal(goal.text());
    log.writeSession(record.progressed(iterations.size(), countMerged(), best));
    log.appendJournal("## Goal\n\n" + goal.text().strip() + "\n\n");
  }

  /**
   * Profiles the best tree's target eval for the proposer (the sandbox is opened and the baseline
   * checked first, so a broken baseline costs no model call); the profile is written to iteration
   * {@code n}'s folder. A profile that fails is reported and leaves no hot methods.
   */
  private List<Hotspot> profile(CodeIndex index, int n) {
    Optional<EvalSpec> target = Profiling.targetEval(judge().suite());
    if (target.isEmpty()) return List.of();
    progress.step(
        "profiling "
            + Workspace.abbreviate(best)
            + " with Java Flight Recorder: "
            + target.get().command());
    Profile profile = Profiling.run(judge().suite(), target.get(), bestTree, index);
    log.writeArtifact(
        n,
        "profile.txt",
        "# Hot methods of "
            + best
            + " (eval '"
            + target.get().id()
            + "')\n\n"
            + profile.render(Profiling.HOT_METHODS)
            + "\n"
            + String.join("\n", profile.problems())
            + "\n");
    profile.problems().forEach(p -> progress.warn("profile: " + p));
    if (!profile.methods().isEmpty()) {
      progress.info("hot: " + profile.render(3).lines().findFirst().orElse("").strip());
    }
    return Profiling.hotspots(profile);
  }

  /** Refuses, or commits, exports and checks one proposal: an outcome without a decision yet. */
  Outcome prepare(Iteration it) {
    Outcome committed = commit(it);
    return committed.commit().isPresent() ? check(it, committed) : committed;
  }

  /**
   * Writes the proposal to the ledger, then refuses it (a protected path, a hack the {@link
   * HackCheck} finds, no change, Java that does not parse, a patch that does not apply) or commits
   * it on its candidate branch.
   */
  Outcome commit(Iteration it) {
    Proposal p = it.proposal();
    log.writeArtifact(it.n(), "proposal.md", Artifacts.proposalText(p));
    if (p.unusable().isPresent()) return Outcome.refused("rejected: " + p.unusable().get());

    List<ChangedPath> touched =
        p.patch().edits().stream()
            .map(
                e ->
                    new ChangedPath(
                        e.path(),
                        e.before().isEmpty() && !Files.exists(it.index().root().resolve(e.path()))
                            ? ChangedPath.Kind.ADDED
                            : ChangedPath.Kind.MODIFIED))
            .toList();
    List<String> refused =
        judged.violations(
            "the patch",
            touched,
            path ->
                p.patch().edits().stream()
                    .filter(e -> e.path().equals(path))
                    .findFirst()
                    .map(FileEdit::before),
            path ->
                p.patch().edits().stream()
                    .filter(e -> e.path().equals(path))
                    .findFirst()
                    .map(FileEdit::after));
    if (!refused.isEmpty()) return Outcome.refused(refused.get(0));
    if (judgedClasses == null) judgedClasses = JudgedClasses.in(start.baseTree());
    if (judgedInputs == null)
      judgedInputs = HackCheck.judgedInputs(start.baseTree(), protectedPaths);
    List<ChangedSource> changes =
        p.patch().edits().stream()
            .map(e -> new ChangedSource(e.path(), Optional.of(e.before()), Optional.of(e.after())))
            .toList();
    List<HackFinding> hacks = HackCheck.findings(changes, judgedClasses, judgedInputs);
    if (!hacks.isEmpty()) return Outcome.refused(hacks.get(0).reason("the patch"));
    if (p.patch().isEmpty()) return Outcome.refused("refused: the patch changes nothing");
    ChangeFingerprint fingerprint = ChangeFingerprint.of(changes);
    if (fingerprint.cosmetic()) {
      return Outcome.refused(
          "refused: the patch changes only formatting and comments: there is nothing to measure"
              + " [cosmetic]");
    }
    Integer earlier = fingerprints.putIfAbsent(fingerprint.value(), it.n());
    if (earlier != null) {
      return Outcome.refused(
          "refused: the patch makes the change iteration "
              + earlier
              + " tried, up to formatting and comments; a change is measured once per session"
              + " [same-change]",
          Optional.of(fingerprint.value()));
    }
    for (FileEdit edit : p.patch().edits()) {
      if (edit.path().endsWith(".java")) {
        Optional<String> problem = JavaSyntax.problem(edit.path(), edit.after());
        if (problem.isPresent())
          return Outcome.refused("dropped: the rewrite no longer parses: " + problem.get());
      }
    }

    var trailers = new LinkedHashMap<String, String>();
    trailers.put("Kaizen-Session", start.session());
    trailers.put("Kaizen-Iteration", String.valueOf(it.n()));
    trailers.put("Kaizen-Proposer", p.provenance().proposer() + "/" + p.provenance().source());
    p.provenance().promptTemplate().ifPresent(t -> trailers.put("Kaizen-Prompt", t));
    ApplyResult applied =
        ws.commit(it.parent(), p.patch(), new CommitInfo(p.summary(), p.rationale(), trailers));
    if (applied instanceof ApplyResult.NotApplied na) {
      return Outcome.refused("the patch does not apply: " + na.path() + ": " + na.reason());
    }
    var committed = (ApplyResult.Committed) applied;
    log.writeArtifact(it.n(), "patch.diff", committed.diff());
    ws.setBranch(
        "kaizen/candidates/" + start.session() + "/" + it.n(), it.replaces(), committed.commit());
    return Outcome.committed(committed.commit(), fingerprint.value());
  }

  /**
   * Exports a committed candidate and builds and tests it in the sandbox (opened the first time).
   */
  Outcome check(Iteration it, Outcome committed) {
    String commit = committed.commit().orElseThrow();
    Judge eval = judge();
    Path tree = trees.export(commit, it.n() + "-candidate");
    progress.step("building and testing the candidate " + Workspace.abbreviate(commit));
    TreeCheck check = eval.checkFresh(tree);
    Artifacts.writeLogs(log, it.n(), check.logs());
    return committed.checked(tree, check);
  }

  /**
   * Lets the gate decide on checked candidates against the best tree (together, when there are
   * several), and writes each one's decision and scorecard.
   *
   * @return the outcomes with their decisions, in the same order
   */
  List<Outcome> decide(List<Iteration> its, List<Outcome> checked) {
    return decide(its, checked, iterations.size());
  }

  /**
   * Lets the gate decide, as {@link #decide(List, List)}, at the share of the session's α that
   * these candidates get ({@link AlphaSpending}).
   *
   * @param used the iterations used besides these: finished ones, and those of the same round that
   *     never reached the gate
   */
  List<Outcome> decide(List<Iteration> its, List<Outcome> checked, int used) {
    judge();
    double level = spending.level(its.size(), used);
    if (level <= 0) return spent(its, checked);
    List<Outcome> decided = decideAt(level, level / its.size(), its, checked);
    spending = spending.spend(level);
    return decided;
  }

  /**
   * Lets the gate decide one candidate alone at the whole {@code gate.alpha}, spending none of the
   * session's α: for the red-team suite, which accepts nothing, so that each attack meets the most
   * lenient level a single candidate is ever judged at ({@code kaizen gate}'s).
   */
  Outcome decideAlone(Iteration it, Outcome checked) {
    judge();
    return decideAt(start.config().gate().alpha(), 0, List.of(it), List.of(checked)).get(0);
  }

  private List<Outcome> decideAt(
      double level, double spentEach, List<Iteration> its, List<Outcome> checked) {
    var candidates = new ArrayList<BatchCandidate>();
    for (int k = 0; k < its.size(); k++) {
      candidates.add(
          new BatchCandidate(
              String.valueOf(its.get(k).n()),
              checked.get(k).tree().orElseThrow(),
              checked.get(k).check().orElseThrow()));
    }
    List<Decision> decisions = gate.atLevel(level).decideBatch(bestTree, bestCheck, candidates);
    var decided = new ArrayList<Outcome>();
    for (int k = 0; k < decisions.size(); k++) {
      Decision decision = decisions.get(k);
      Iteration it = its.get(k);
      log.writeDecision(it.n(), DecisionRecord.of(decision));
      decision.evidence().ifPresent(e -> lastEvidence = Optional.of(e));
      log.writeScorecard(
          it.n(), ScorecardRecord.of(bestCheck, checked.get(k).check().get(), decision));
      decided.add(checked.get(k).decided(decision, spentEach));
    }
    return decided;
  }

  /** Inconclusive decisions for candidates a session with no α left cannot accept. */
  private List<Outcome> spent(List<Iteration> its, List<Outcome> checked) {
    var decided = new ArrayList<Outcome>();
    for (int k = 0; k < its.size(); k++) {
      Outcome c = checked.get(k);
      Decision d =
          new Decision.Inconclusive(
              List.of(
                  "not measured: the session has spent its whole α = "
                      + spending.alpha()
                      + " on "
                      + spending.budget()
                      + " iteration(s); nothing more can be accepted in it"),
              Optional.of(c.check().orElseThrow().tests()),
              Optional.empty());
      log.writeDecision(its.get(k).n(), DecisionRecord.of(d));
      decided.add(c.decided(d, 0));
    }
    return decided;
  }

  /**
   * Records an iteration as its outcome says: the ledger's line, the history proposers learn from,
   * the journal.
   */
  IterationRecord record(Iteration it, Outcome outcome) {
    return record(it, outcome, outcome.kind(), outcome.reasons());
  }

  /** Records an iteration with a decision and reasons of its own (a user's). */
  IterationRecord record(Iteration it, Outcome outcome, String kind, List<String> reasons) {
    IterationRecord done = it.record(outcome, kind, reasons, clock.instant());
    log.append(done);
    iterations.add(done);
    PastAttempt attempt = Diagnoses.attempt(done, outcome.decision(), outcome.check());
    history.add(attempt);
    log.appendJournal(Diagnoses.journalEntry(attempt));
    return done;
  }

  /** Removes the exported tree of an outcome that does not become the best. */
  void discard(Outcome outcome) {
    outcome.tree().ifPresent(trees::discard);
  }

  /**
   * Makes a checked candidate the best: moves the session branch, in Kaizen's clone and in the
   * user's repository.
   */
  void accept(Outcome outcome) {
    String previous = best;
    best = outcome.commit().orElseThrow();
    ws.setBranch(branch, Optional.of(previous), best);
    try {
      ws.publish(branch, ws.userBranch(branch), best);
    } catch (UsageException | EnvironmentException e) {
      progress.warn(
          "the session branch was not updated in " + ws.userTree() + ": " + e.getMessage());
    }
    if (!bestTree.equals(start.baseTree())) trees.discard(bestTree);
    // The next baseline is the accepted commit exported afresh from git and built, never the tree
    // the candidate ran in: whatever its runs could have left there stays behind.
    outcome.tree().ifPresent(trees::discard);
    bestTree = trees.export(best, "best-" + Workspace.abbreviate(best));
    TreeCheck rebuilt = judge().suite().build(bestTree, outcome.check().orElseThrow().tests());
    if (!rebuilt.ok()) {
      throw new EnvironmentException(
          "the accepted commit "
              + Workspace.abbreviate(best)
              + " no longer builds when exported again: "
              + rebuilt.problem().get());
    }
    hotspots = Optional.empty();
    bestCheck = rebuilt;
  }

  /** Rewrites {@code session.json} with the totals so far. */
  void progressed() {
    log.writeSession(record.progressed(iterations.size(), countMerged(), best));
  }

  /** Records in {@code session.json} how the session is asked to run, for a resumption. */
  void planned(PlanRecord plan) {
    record = record.runBy(record.process(), plan);
    spending = spending.withBudget(plan.limit());
    progressed();
    if (!plan.proposeOnly()) sayHowAlphaIsSpent();
  }

  /**
   * Says how the session spends its α, and warns when no candidate could ever be accepted at its
   * first candidate's level.
   */
  private void sayHowAlphaIsSpent() {
    GateSettings first = start.config().gate().atLevel(spending.firstLevel());
    List<Look> looks = Look.plan(first);
    progress.info(
        "gate: α = "
            + start.config().gate().alpha()
            + " spent over "
            + spending.budget()
            + " iteration(s): a lone candidate is tested at "
            + String.format(java.util.Locale.ROOT, "%.2g", first.alpha())
            + ", looking at "
            + looks.stream()
                .map(l -> String.valueOf(l.pairs()))
                .reduce((a, b) -> a + " and " + b)
                .get()
            + " pairs");
    if (!Look.reachable(looks)) {
      progress.warn(
          "no candidate can be accepted: at "
              + String.format(java.util.Locale.ROOT, "%.2g", first.alpha())
              + " the gate needs at least "
              + Look.pairsToReach(looks.get(looks.size() - 1).alpha())
              + " pairs, but gate.pairs.max is "
              + first.maxPairs()
              + "; raise gate.pairs.max or gate.alpha, or try fewer iterations");
    }
  }

  /**
   * Fast-forwards the user's branch {@code name} ({@code --into}) to the best commit, once: not
   * again when this session moved it there before (and was interrupted), and never cut in half by a
   * signal, whose hook waits for it. The move is recorded in {@code session.json}.
   *
   * @return whether the branch was fast-forwarded now
   * @throws UsageException when the branch is missing, diverged, or checked out with changes
   */
  boolean fastForwardInto(String name) {
    String target = best;
    if (target.equals(record.intoMoved())) return false;
    return fastForwards.run(
        () -> {
          ws.fastForward(name, target);
          record = record.withIntoMoved(target);
          progressed();
        });
  }

  /** What keeps a signal from cutting a fast-forward of the user's branch in half. */
  FastForwardGuard fastForwards() {
    return fastForwards;
  }

  /** The session ended as planned; {@code why} says how, one line. */
  void finished(String why) {
    status = "finished";
    detail = why;
  }

  /** The session stops on an error; {@code why} says which. */
  void failed(String why) {
    detail = why;
  }

  /** Whether a signal (Ctrl-C) is stopping the JVM. */
  boolean interrupted() {
    return interrupted.get();
  }

  private int countMerged() {
    return (int) iterations.stream().filter(SessionRun::merged).count();
  }

  /**
   * Prepares the build, opens the sandbox and checks the baseline (its logs go to the ledger's
   * iteration 0), the first time a candidate needs them.
   *
   * @throws EnvironmentException when the baseline itself fails, or the sandbox cannot run
   */
  private Judge judge() {
    if (judge != null) return judge;
    Judge opened = Judge.open(project, start.config(), start.base(), start.baseTree(), progress);
    try {
      progress.info("sandbox: " + opened.backend());
      if (record.config() != null) {
        record = record.withConfig(record.config().ranOn(opened.backend()));
        progressed();
      }
      Gate g = opened.gate(start.session().hashCode());
      TreeCheck baseline = opened.checkBaseline();
      Artifacts.writeLogs(log, 0, baseline.logs());
      if (!baseline.ok()) {
        throw new EnvironmentException(
            "the baseline itself fails: "
                + baseline.problem().get()
                + " (logs in "
                + log.iterationDirectory(0).resolve("logs")
                + ")");
      }
      progress.info(
          "baseline "
              + Workspace.abbreviate(start.base())
              + ": "
              + baseline.tests().run()
              + " tests pass");
      bestCheck = bestTree.equals(start.baseTree()) ? baseline : checkResumedBest(opened);
      judge = opened;
      gate = g;
      return judge;
    } catch (RuntimeException e) {
      opened.close();
      throw e;
    }
  }

  /**
   * Builds and tests a resumed session's best commit, which candidates are measured against.
   *
   * @throws EnvironmentException when it no longer passes
   */
  private TreeCheck checkResumedBest(Judge opened) {
    progress.step("building and testing the session's best commit " + Workspace.abbreviate(best));
    TreeCheck check = opened.checkFresh(bestTree);
    if (!check.ok()) {
      throw new EnvironmentException(
          "the session's best commit "
              + Workspace.abbreviate(best)
              + " fails now: "
              + check.problem().orElse("its build or tests failed"));
    }
    return check;
  }

  /**
   * Runs in a shutdown hook (Ctrl-C): waits for a fast-forward of the user's branch in progress,
   * then records how the session ended; the sandbox's own hook removes its containers.
   */
  void markInterrupted() {
    interrupted.set(true);
    fastForwards.close(FAST_FORWARD_PATIENCE);
    writeEnd();
  }

  private synchronized void writeEnd() {
    try {
      if (interrupted.get()) {
        log.writeSession(
            record.ended(
                clock.instant().toString(),
                "interrupted",
                "stopped by a signal; every finished iteration is in the ledger",
                iterations.size(),
                countMerged(),
                best));
      } else {
        log.writeSession(
            record.ended(
                clock.instant().toString(),
                status,
                detail,
                iterations.size(),
                countMerged(),
                best));
      }
    } catch (RuntimeException e) {
      if (!interrupted.get()) throw e;
      // the JVM is going down: the ledger keeps what was written before
    }
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(interruptMarker);
    } catch (IllegalStateException e) {
      // shutting down: the hook records the interruption
    }
    try {
      if (judge != null) judge.close();
    } finally {
      writeEnd();
    }
  }
}
