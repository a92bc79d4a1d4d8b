package dev.kaizen.agent.loop;

import dev.kaizen.agent.BudgetExhaustedException;
import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.calibrate.Calibrations;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.config.PathGlobs;
import dev.kaizen.agent.config.Quantities;
import dev.kaizen.agent.json.Json;
import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.ledger.SessionRecord;
import dev.kaizen.agent.ledger.Views;
import dev.kaizen.agent.patch.FileEdit;
import dev.kaizen.agent.patch.JavaSyntax;
import dev.kaizen.agent.profile.Profile;
import dev.kaizen.agent.propose.Hotspot;
import dev.kaizen.agent.propose.PastAttempt;
import dev.kaizen.agent.propose.Proposal;
import dev.kaizen.agent.propose.ProposalContext;
import dev.kaizen.agent.propose.Proposer;
import dev.kaizen.agent.propose.ProposerFactory;
import dev.kaizen.agent.propose.SessionNotes;
import dev.kaizen.agent.trust.JudgedFiles;
import dev.kaizen.agent.workspace.ApplyResult;
import dev.kaizen.agent.workspace.ChangedPath;
import dev.kaizen.agent.workspace.CommitInfo;
import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.evals.BatchCandidate;
import dev.kaizen.evals.Decision;
import dev.kaizen.evals.Evidence;
import dev.kaizen.evals.EvalLog;
import dev.kaizen.evals.EvalSpec;
import dev.kaizen.evals.EvalSuite;
import dev.kaizen.evals.Gate;
import dev.kaizen.evals.TreeCheck;
import dev.kaizen.sandbox.Sandbox;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGeneratorFactory;

/**
 * The improvement loop: index the best tree, ask the proposer for a change, commit it on a
 * candidate branch, build, test and measure it against the best commit in the sandbox, let the
 * gate decide, record the iteration, and on acceptance move the session branch forward.
 */
public final class Improver {

  private static final DateTimeFormatter SESSION_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

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
   * @throws EnvironmentException when the baseline itself fails, or the sandbox cannot run
   */
  public SessionResult run(ImproveRequest request) {
    Workspace ws = project.workspace();
    Instant started = clock.instant();
    String base = ws.headCommit();
    request.into().ifPresent(into -> checkInto(ws, into));
    if (ws.userTreeDirty()) {
      progress.info("note: uncommitted changes in " + ws.userTree() + " are not part of this session; it starts from HEAD "
          + Workspace.abbreviate(base));
    }
    String session = SESSION_TIME.format(started) + "-" + base.substring(0, 4);

    try (Trees trees = project.trees(session)) {
      Path baseTree = trees.export(base, "0-base");
      KaizenConfig config = project.config(base, baseTree, request.configFile());
      if (config.evals().isEmpty()) {
        throw new UsageException("no evals are configured (" + config.source() + "): add a kaizen.yml; 'kaizen init' writes one");
      }
      int limit = Math.min(request.iterations().orElse(config.budget().maxIterations()), config.budget().maxIterations());
      if (request.iterations().orElse(0) > limit) {
        progress.warn("--iterations " + request.iterations().get() + " is capped at budget.max-iterations = " + limit);
      }
      if (!config.suite().hasTargets()) {
        progress.warn("no target metric is configured (" + config.source()
            + "): nothing can be proven better, so nothing will be accepted");
      }
      Proposer proposer = proposers.open(config, started);
      try (var run = new Run(proposer, request, session, started, base, baseTree, config, trees)) {
        progress.info("session " + session + ": " + proposer.name() + " proposer, up to " + limit + " iteration(s) from "
            + Workspace.abbreviate(base) + "; configuration: " + config.source());
        return run.iterate(limit);
      }
    }
  }

  private static void checkInto(Workspace ws, String into) {
    if (!ws.userHasBranch(into)) throw new UsageException("--into " + into + ": no such branch in " + ws.userTree());
    if (ws.currentBranch().filter(into::equals).isPresent() && ws.userTreeDirty()) {
      throw new UsageException("--into " + into + ": the branch is checked out with uncommitted changes; commit or stash them first");
    }
  }

  private static Map<String, Object> scorecard(TreeCheck baseline, TreeCheck candidate, Decision decision) {
    var m = new LinkedHashMap<String, Object>();
    m.put("baseline", Views.check(baseline));
    m.put("candidate", Views.check(candidate));
    decision.evidence().ifPresent(e -> {
      m.putAll(Views.evidence(e));
      m.put("samples", Views.samples(e.samples()));
    });
    return m;
  }

  private static void writeLogs(SessionLog log, int n, List<EvalLog> logs) {
    for (int i = 0; i < logs.size(); i++) {
      EvalLog l = logs.get(i);
      String prefix = n == 0 ? "baseline-" : "";
      log.writeArtifact(n, "logs/" + prefix + (i + 1) + "-" + l.step().replaceAll("[^A-Za-z0-9._-]", "_") + ".log", Views.log(l));
    }
  }

  private static String proposalText(Proposal p) {
    return "# " + p.summary() + "\n\n"
        + "- key: `" + p.key() + "`\n"
        + "- proposer: " + p.provenance().proposer() + " (" + p.provenance().source() + ")\n"
        + p.provenance().promptTemplate().map(t -> "- prompt: " + t + "\n").orElse("")
        + "- tokens: " + p.provenance().tokens() + ", cost: $" + p.provenance().costUsd() + "\n\n"
        + "## Rationale\n\n" + p.rationale().strip() + "\n\n"
        + "## Transcript\n\n" + p.transcript().strip() + "\n";
  }

  private static Map<String, Object> configSnapshot(KaizenConfig c) {
    var m = new LinkedHashMap<String, Object>();
    m.put("source", c.source());
    c.prepare().ifPresent(v -> m.put("prepare", v));
    c.build().ifPresent(v -> m.put("build", v));
    var evals = new ArrayList<Map<String, Object>>();
    c.evals().forEach(e -> {
      var em = new LinkedHashMap<String, Object>();
      em.put("id", e.id());
      em.put("type", e.type().id());
      em.put("command", e.command());
      var metrics = new ArrayList<Map<String, Object>>();
      e.metrics().forEach(mt -> metrics.add(Map.of("name", mt.name(), "better", mt.better().id(), "role", mt.role().id())));
      if (!metrics.isEmpty()) em.put("metrics", metrics);
      if (e.type() == dev.kaizen.evals.EvalType.JMH) em.put("role", e.benchmarkRole().id());
      evals.add(em);
    });
    m.put("evals", evals);
    m.put("gate", Map.of("alpha", c.gate().alpha(), "min-effect", c.gate().minEffect(),
        "pairs", Map.of("min", c.gate().minPairs(), "max", c.gate().maxPairs()),
        "guard-max-regression", c.gate().guardMaxRegression(),
        "batch", Map.of("screen-pairs", c.gate().screenPairs(), "confirm", c.gate().confirm())));
    m.put("protected", c.protectedPaths());
    var l = c.sandbox().limits();
    m.put("sandbox", Map.of("backend", c.sandbox().backend().id(), "image", c.sandbox().image(), "cpus", l.cpus(),
        "memory", Quantities.formatBytes(l.memoryBytes()), "pids", l.pids(), "timeout", Quantities.formatDuration(l.timeout()),
        "gpus", l.gpus().toString()));
    var budget = new LinkedHashMap<String, Object>();
    budget.put("max-iterations", c.budget().maxIterations());
    budget.put("max-wall", Quantities.formatDuration(c.budget().maxWall()));
    budget.put("max-usd", c.budget().maxUsd());
    budget.put("max-tokens", c.budget().maxTokens());
    c.budget().maxUsdPerIteration().ifPresent(v -> budget.put("max-usd-per-iteration", v));
    c.budget().maxTokensPerIteration().ifPresent(v -> budget.put("max-tokens-per-iteration", v));
    m.put("budget", budget);
    return m;
  }

  private static int countAccepted(List<IterationRecord> iterations) {
    return (int) iterations.stream().filter(IterationRecord::accepted).count();
  }

  /** One session's state while it runs: the ledger, the trees, the best commit, the sandbox once needed. */
  private final class Run implements AutoCloseable {

    private final Proposer proposer;
    private final ImproveRequest request;
    private final String session;
    private final String branch;
    private final Instant started;
    private final String base;
    private final Path baseTree;
    private final KaizenConfig config;
    private final Trees trees;
    private final Workspace ws = project.workspace();
    private final PathGlobs protectedPaths;
    private final JudgedFiles judged;
    private final SessionRecord record;
    private final SessionLog log;
    private final List<IterationRecord> iterations = new java.util.concurrent.CopyOnWriteArrayList<>();
    private final Set<String> tried = new HashSet<>();
    private final List<PastAttempt> history = new ArrayList<>();
    private Optional<Evidence> lastEvidence = Optional.empty();
    /** The hot methods of the best tree, once profiled; cleared when the best tree changes. */
    private Optional<List<Hotspot>> hotspots = Optional.empty();
    private final Thread interruptMarker;
    private final java.util.concurrent.atomic.AtomicBoolean interrupted = new java.util.concurrent.atomic.AtomicBoolean();

    private String best;
    private Path bestTree;
    private Evaluation evaluation; // opened on the first candidate: nothing to propose needs no sandbox
    private Optional<String> budgetStop = Optional.empty();
    private String status = "failed";
    private String detail;

    Run(Proposer proposer, ImproveRequest request, String session, Instant started, String base, Path baseTree,
        KaizenConfig config, Trees trees) {
      this.proposer = proposer;
      this.request = request;
      this.session = session;
      this.branch = "kaizen/" + session;
      this.started = started;
      this.base = base;
      this.baseTree = baseTree;
      this.config = config;
      this.trees = trees;
      this.protectedPaths = config.protectedGlobs();
      this.judged = new JudgedFiles(protectedPaths);
      this.best = base;
      this.bestTree = baseTree;
      this.record = new SessionRecord(session, ws.userTree().toString(), base, branch, request.into().orElse(null),
          proposer.name(), request.goal().text(), configSnapshot(config), started.toString(), null, "running", null, 0, 0, base);
      this.log = project.ledger().start(record);
      ws.setBranch(branch, Optional.empty(), base);
      this.interruptMarker = new Thread(this::markInterrupted, "kaizen-ledger-interrupt");
      Runtime.getRuntime().addShutdownHook(interruptMarker);
    }

    SessionResult iterate(int limit) {
      try {
        String stopReason = "reached the limit of " + limit + " iteration(s)";
        boolean budgetExhausted = false;
        int n = 0;
        while (n < limit) {
          if (Duration.between(started, clock.instant()).compareTo(config.budget().maxWall()) >= 0) {
            stopReason = "budget.max-wall (" + Quantities.formatDuration(config.budget().maxWall()) + ") reached after "
                + n + " iteration(s)";
            budgetExhausted = true;
            break;
          }
          var round = new ArrayList<Iteration>();
          CodeIndex index = CodeIndex.build(bestTree);
          if (proposer.wantsProfile() && hotspots.isEmpty()) hotspots = Optional.of(profile(index, n + 1));
          while (round.size() < Math.min(request.batch(), limit - n)) {
            int next = n + round.size() + 1;
            Optional<Proposal> proposal;
            try {
              proposal = proposer.propose(request.goal(), context(index, next));
            } catch (BudgetExhaustedException e) {
              budgetStop = Optional.of(e.getMessage());
              break;
            }
            if (proposal.isEmpty() || !tried.add(proposal.get().key())) break;
            round.add(new Iteration(session, next, best, proposal.get(), clock.instant(), index));
          }
          if (round.isEmpty() && budgetStop.isPresent()) {
            stopReason = budgetStop.get() + " (after " + n + " iteration(s))";
            budgetExhausted = true;
            break;
          }
          if (round.isEmpty()) {
            stopReason = n == 0 ? "nothing to propose: the " + proposer.name() + " proposer found no change to try"
                : "nothing left to propose after " + n + " iteration(s)";
            break;
          }
          n += round.size();
          runRound(round, limit);
          log.writeSession(record.progressed(iterations.size(), countAccepted(iterations), best));
          if (budgetStop.isPresent()) {
            stopReason = budgetStop.get() + " (after " + n + " iteration(s))";
            budgetExhausted = true;
            break;
          }
        }
        if (request.into().isPresent() && !best.equals(base)) {
          ws.fastForward(request.into().get(), best);
          progress.info("fast-forwarded " + request.into().get() + " to " + Workspace.abbreviate(best));
        }
        status = "finished";
        detail = stopReason;
        return new SessionResult(session, branch, base, best, iterations, stopReason, budgetExhausted);
      } catch (RuntimeException e) {
        if (interrupted.get()) {
          throw new EnvironmentException("interrupted; every finished iteration is in " + log.directory(), e);
        }
        detail = e.getMessage();
        throw e;
      }
    }

    /** What the proposer sees for iteration {@code n}: the best tree, its index, the session's notes. */
    private ProposalContext context(CodeIndex index, int n) {
      var notes = new SessionNotes(history, Diagnoses.metrics(config.suite(), lastEvidence), hotspots.orElse(List.of()));
      return new ProposalContext(bestTree, index, tried, protectedPaths, n, notes, log::appendExchange);
    }

    /**
     * Profiles the best tree's target eval for the proposer (the sandbox is opened and the
     * baseline checked first, so a broken baseline costs no model call); the profile is written
     * to iteration {@code n}'s folder. A profile that fails is reported and leaves no hot methods.
     */
    private List<Hotspot> profile(CodeIndex index, int n) {
      Evaluation eval = evaluation();
      Optional<EvalSpec> target = Profiling.targetEval(eval.suite);
      if (target.isEmpty()) return List.of();
      progress.step("profiling " + Workspace.abbreviate(best) + " with Java Flight Recorder: " + target.get().command());
      Profile profile = Profiling.run(eval.suite, target.get(), bestTree, index);
      log.writeArtifact(n, "profile.txt", "# Hot methods of " + best + " (eval '" + target.get().id() + "')\n\n"
          + profile.render(Profiling.HOT_METHODS) + "\n" + String.join("\n", profile.problems()) + "\n");
      profile.problems().forEach(p -> progress.warn("profile: " + p));
      if (!profile.methods().isEmpty()) {
        progress.info("hot: " + profile.render(3).lines().findFirst().orElse("").strip());
      }
      return Profiling.hotspots(profile);
    }

    /** Asks the proposer to revise a proposal whose candidate did not build; empty when it cannot. */
    private Optional<Proposal> revise(Iteration it, Outcome failed) {
      String why = failed.check().flatMap(TreeCheck::problem).orElse("the build failed");
      try {
        Optional<Proposal> revised = proposer.revise(it.proposal(), Diagnoses.buildMessages(failed.check().get(), why),
            context(it.index(), it.n()));
        return revised.filter(r -> !r.patch().isEmpty() && tried.add(r.key()));
      } catch (BudgetExhaustedException e) {
        budgetStop = Optional.of(e.getMessage());
        return Optional.empty();
      }
    }

    private void accept(Outcome outcome) {
      String previous = best;
      best = outcome.commit().orElseThrow();
      ws.setBranch(branch, Optional.of(previous), best);
      try {
        ws.publish(branch, ws.userBranch(branch), best);
      } catch (UsageException | EnvironmentException e) {
        progress.warn("the session branch was not updated in " + ws.userTree() + ": " + e.getMessage());
      }
      if (!bestTree.equals(baseTree)) trees.discard(bestTree);
      bestTree = outcome.tree().orElseThrow();
      hotspots = Optional.empty();
      evaluation.bestCheck = outcome.check().orElseThrow();
    }

    /**
     * Runs one round: commits and checks each proposal, lets the gate decide on those that built
     * (together, when there are several), records every iteration, and accepts the best accepted
     * candidate.
     */
    private void runRound(List<Iteration> round, int limit) {
      var outcomes = new Outcome[round.size()];
      var candidates = new ArrayList<BatchCandidate>();
      var positions = new ArrayList<Integer>();
      for (int i = 0; i < round.size(); i++) {
        Iteration it = round.get(i);
        progress.info("[" + it.n() + "/" + limit + "] " + it.proposal().summary());
        outcomes[i] = prepare(it);
        while (outcomes[i].buildFailed() && budgetStop.isEmpty()) {
          Optional<Proposal> revised = revise(it, outcomes[i]);
          if (revised.isEmpty()) break;
          outcomes[i].tree().ifPresent(trees::discard);
          it = it.revised(revised.get(), outcomes[i].commit());
          round.set(i, it);
          progress.info("[" + it.n() + "/" + limit + "] the build failed; revised: " + it.proposal().summary());
          outcomes[i] = prepare(it);
        }
        if (outcomes[i].check().isPresent()) {
          candidates.add(new BatchCandidate(String.valueOf(it.n()), outcomes[i].tree().orElseThrow(), outcomes[i].check().get()));
          positions.add(i);
        }
      }
      if (!candidates.isEmpty()) {
        Evaluation eval = evaluation();
        List<Decision> decisions = eval.gate.decideBatch(bestTree, eval.bestCheck, candidates);
        for (int k = 0; k < decisions.size(); k++) {
          int i = positions.get(k);
          Decision decision = decisions.get(k);
          Iteration it = round.get(i);
          log.writeArtifact(it.n(), "decision.json", Json.pretty(Views.decision(decision)));
          decision.evidence().ifPresent(e -> lastEvidence = Optional.of(e));
          log.writeArtifact(it.n(), "scorecard.json", Json.pretty(scorecard(eval.bestCheck, outcomes[i].check().get(), decision)));
          outcomes[i] = outcomes[i].decided(decision);
        }
      }
      int winning = -1;
      for (int i = 0; i < round.size(); i++) {
        if (outcomes[i].accepted() && (winning < 0 || outcomes[i].effect() > outcomes[winning].effect())) winning = i;
      }
      Outcome winner = winning < 0 ? null : outcomes[winning];
      for (int i = 0; i < round.size(); i++) {
        Iteration it = round.get(i);
        if (outcomes[i].accepted() && i != winning) {
          outcomes[i] = outcomes[i].notMerged("accepted, but not merged: iteration " + round.get(winning).n()
              + " is better in this batch");
        }
        IterationRecord done = it.record(outcomes[i], clock.instant());
        log.append(done);
        iterations.add(done);
        PastAttempt attempt = Diagnoses.attempt(done, outcomes[i].decision(), outcomes[i].check());
        history.add(attempt);
        log.appendJournal(Diagnoses.journalEntry(attempt));
        progress.info("[" + it.n() + "/" + limit + "] " + done.decision() + ": " + done.reason());
      }
      for (Outcome o : outcomes) {
        if (o != winner) o.tree().ifPresent(trees::discard);
      }
      if (winner != null) accept(winner);
    }

    /** Refuses, or commits, exports and checks one proposal: an outcome without a decision yet. */
    private Outcome prepare(Iteration it) {
      Proposal p = it.proposal();
      log.writeArtifact(it.n(), "proposal.md", proposalText(p));
      if (p.unusable().isPresent()) return Outcome.refused("rejected: " + p.unusable().get());

      List<ChangedPath> touched = p.patch().edits().stream()
          .map(e -> new ChangedPath(e.path(), e.before().isEmpty() && !Files.exists(it.index().root().resolve(e.path()))
              ? ChangedPath.Kind.ADDED : ChangedPath.Kind.MODIFIED)).toList();
      List<String> refused = judged.violations("the patch", touched, path -> p.patch().edits().stream()
          .filter(e -> e.path().equals(path)).findFirst().map(FileEdit::before));
      if (!refused.isEmpty()) return Outcome.refused(refused.get(0));
      if (p.patch().isEmpty()) return Outcome.refused("refused: the patch changes nothing");
      for (FileEdit edit : p.patch().edits()) {
        if (edit.path().endsWith(".java")) {
          Optional<String> problem = JavaSyntax.problem(edit.path(), edit.after());
          if (problem.isPresent()) return Outcome.refused("dropped: the rewrite no longer parses: " + problem.get());
        }
      }

      var trailers = new LinkedHashMap<String, String>();
      trailers.put("Kaizen-Session", session);
      trailers.put("Kaizen-Iteration", String.valueOf(it.n()));
      trailers.put("Kaizen-Proposer", p.provenance().proposer() + "/" + p.provenance().source());
      p.provenance().promptTemplate().ifPresent(t -> trailers.put("Kaizen-Prompt", t));
      ApplyResult applied = ws.commit(it.parent(), p.patch(), new CommitInfo(p.summary(), p.rationale(), trailers));
      if (applied instanceof ApplyResult.NotApplied na) {
        return Outcome.refused("the patch does not apply: " + na.path() + ": " + na.reason());
      }
      var committed = (ApplyResult.Committed) applied;
      log.writeArtifact(it.n(), "patch.diff", committed.diff());
      ws.setBranch("kaizen/candidates/" + session + "/" + it.n(), it.replaces(), committed.commit());

      Evaluation eval = evaluation();
      Path tree = trees.export(committed.commit(), it.n() + "-candidate");
      progress.step("building and testing the candidate " + Workspace.abbreviate(committed.commit()));
      TreeCheck check = eval.suite.check(tree);
      writeLogs(log, it.n(), check.logs());
      return new Outcome(Optional.of(committed.commit()), Optional.empty(), Optional.of(tree), Optional.of(check), List.of());
    }

    /** Prepares the build, opens the sandbox and checks the baseline, the first time a candidate needs them. */
    private Evaluation evaluation() {
      if (evaluation == null) {
        project.prepare(config, base, baseTree, progress);
        Sandbox sandbox = Project.openSandbox(config, progress);
        try {
          progress.info("sandbox: " + sandbox.backend());
          var suite = new EvalSuite(config.suite(), sandbox, config.sandbox().limits());
          var random = RandomGeneratorFactory.of("L64X128MixRandom").create(session.hashCode());
          var gate = new Gate(config.gate(), suite, random, progress)
              .withNoiseFloor(Calibrations.noiseFloor(project.workspaceDir(), config));
          TreeCheck baseline = project.checkBaseline(suite, config, base, baseTree, progress);
          writeLogs(log, 0, baseline.logs());
          if (!baseline.ok()) {
            throw new EnvironmentException("the baseline itself fails: " + baseline.problem().get()
                + " (logs in " + log.iterationDirectory(0).resolve("logs") + ")");
          }
          progress.info("baseline " + Workspace.abbreviate(base) + ": " + baseline.tests().run() + " tests pass");
          evaluation = new Evaluation(sandbox, suite, gate, baseline);
        } catch (RuntimeException e) {
          sandbox.close();
          throw e;
        }
      }
      return evaluation;
    }

    /** Runs in a shutdown hook (Ctrl-C): records how the session ended; the sandbox's own hook removes its containers. */
    private void markInterrupted() {
      interrupted.set(true);
      writeEnd();
    }

    private synchronized void writeEnd() {
      try {
        if (interrupted.get()) {
          log.writeSession(record.ended(clock.instant().toString(), "interrupted",
              "stopped by a signal; every finished iteration is in the ledger", iterations.size(), countAccepted(iterations), best));
        } else {
          log.writeSession(record.ended(clock.instant().toString(), status, detail, iterations.size(),
              countAccepted(iterations), best));
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
        if (evaluation != null) evaluation.sandbox.close();
      } finally {
        writeEnd();
      }
    }
  }

  /** The sandbox, suite and gate of a session, and the check of its best tree. */
  private static final class Evaluation {
    final Sandbox sandbox;
    final EvalSuite suite;
    final Gate gate;
    TreeCheck bestCheck;

    Evaluation(Sandbox sandbox, EvalSuite suite, Gate gate, TreeCheck bestCheck) {
      this.sandbox = sandbox;
      this.suite = suite;
      this.gate = gate;
      this.bestCheck = bestCheck;
    }
  }

  /**
   * One iteration in progress.
   *
   * @param replaces the candidate commit of a revised proposal's previous attempt, which its
   *     candidate branch points at until the revision is committed
   */
  private record Iteration(
      String session, int n, String parent, Proposal proposal, Instant started, CodeIndex index, Optional<String> replaces) {

    Iteration(String session, int n, String parent, Proposal proposal, Instant started, CodeIndex index) {
      this(session, n, parent, proposal, started, index, Optional.empty());
    }

    Iteration revised(Proposal revision, Optional<String> failedCommit) {
      return new Iteration(session, n, parent, revision, started, index, failedCommit);
    }

    IterationRecord record(Outcome o, Instant finished) {
      Decision d = o.decision().orElse(null);
      var ev = d == null ? null : d.evidence().orElse(null);
      var tests = d == null ? null : d.candidateTests().orElse(null);
      String kind = d == null ? "rejected" : d.kind();
      List<String> reasons = o.reasons();
      return new IterationRecord(
          session + "/" + n, n, started.toString(), finished.toString(),
          proposal.provenance().proposer(), proposal.provenance().source(), proposal.key(), proposal.summary(),
          proposal.provenance().promptTemplate().orElse(null), proposal.provenance().tokens(), proposal.provenance().costUsd(),
          parent, o.commit().orElse(null), kind, reasons.isEmpty() ? kind : reasons.get(0), reasons,
          ev == null ? null : Views.finite(ev.estimate()), ev == null ? null : Views.finite(ev.ciLow()),
          ev == null ? null : Views.finite(ev.ciHigh()), ev == null ? null : Views.finite(ev.pValue()),
          ev == null ? null : ev.pairs(),
          tests == null ? null : tests.run(), tests == null ? null : tests.failures() + tests.errors());
    }
  }

  /** What became of an iteration's proposal. */
  private record Outcome(Optional<String> commit, Optional<Decision> decision, Optional<Path> tree,
      Optional<TreeCheck> check, List<String> reasons) {

    static Outcome refused(String reason) {
      return new Outcome(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(reason));
    }

    Outcome decided(Decision d) {
      return new Outcome(commit, Optional.of(d), tree, check, d.reasons());
    }

    boolean accepted() {
      return decision.filter(d -> d instanceof Decision.Accepted).isPresent();
    }

    /** Committed, but the candidate did not build (no test ran): a proposer may revise it. */
    boolean buildFailed() {
      return check.filter(c -> !c.ok() && c.tests().run() == 0).isPresent();
    }

    /** An accepted candidate another one of its batch beat: its reasons say so first. */
    Outcome notMerged(String why) {
      var all = new ArrayList<String>();
      all.add(why);
      all.addAll(reasons);
      return new Outcome(commit, decision, tree, check, all);
    }

    /** The estimated improvement, for choosing among accepted candidates. */
    double effect() {
      return decision.flatMap(Decision::evidence).map(e -> e.estimate()).orElse(Double.NEGATIVE_INFINITY);
    }
  }
}
