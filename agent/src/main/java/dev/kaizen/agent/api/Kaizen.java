package dev.kaizen.agent.api;

import dev.kaizen.agent.AtomicFiles;
import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.calibrate.Calibration;
import dev.kaizen.agent.calibrate.CalibrationFixture;
import dev.kaizen.agent.calibrate.CalibrationResult;
import dev.kaizen.agent.config.AttackFiles;
import dev.kaizen.agent.config.ConfigFiles;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.config.KaizenYml;
import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.Ledger;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.ledger.SessionRecord;
import dev.kaizen.agent.ledger.StaleSessions;
import dev.kaizen.agent.loop.ImproveRequest;
import dev.kaizen.agent.loop.Improver;
import dev.kaizen.agent.loop.ManualSession;
import dev.kaizen.agent.loop.RedTeam;
import dev.kaizen.agent.loop.SessionResult;
import dev.kaizen.agent.project.Judge;
import dev.kaizen.agent.project.Project;
import dev.kaizen.agent.project.TreeCopy;
import dev.kaizen.agent.project.Trees;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.publish.GitHubTarget;
import dev.kaizen.agent.publish.Publication;
import dev.kaizen.agent.publish.Publisher;
import dev.kaizen.agent.publish.PullRequestBody;
import dev.kaizen.agent.redteam.AttackCase;
import dev.kaizen.agent.redteam.RedTeamReport;
import dev.kaizen.agent.report.ReportPage;
import dev.kaizen.agent.report.SessionData;
import dev.kaizen.agent.trust.ChangedSource;
import dev.kaizen.agent.trust.HackCheck;
import dev.kaizen.agent.trust.JudgedClasses;
import dev.kaizen.agent.trust.JudgedFiles;
import dev.kaizen.agent.workspace.ChangedPath;
import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.evals.Decision;
import dev.kaizen.evals.EvalSuggestion;
import dev.kaizen.evals.Measurement;
import dev.kaizen.evals.TreeCheck;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.support.Directories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Kaizen's front door: everything a user can do to one repository, each a method that returns a
 * record. It opens Kaizen's clone of the repository (under the workspace) the first time a method
 * needs it; {@link #index}, {@link #report} and {@link #exec} never do.
 *
 * <pre>{@code
 * try (Kaizen kaizen = Kaizen.open(Path.of("."), KaizenOptions.defaults())) {
 *   GateResult r = kaizen.gate("main", "my-branch");
 *   System.out.println(r.decision().kind() + ": " + r.decision().reason());
 * }
 * }</pre>
 *
 * <p>Errors the user can act on are {@link UsageException}s (a bad request or configuration, exit
 * 2) and {@link EnvironmentException}s (no repository, no sandbox, a failing baseline, exit 3);
 * what a candidate does wrong is never an exception but part of the result.
 */
public final class Kaizen implements AutoCloseable {

  private final Path start;
  private final KaizenOptions options;
  private Project project;

  private Kaizen(Path start, KaizenOptions options) {
    this.start = start.toAbsolutePath().normalize();
    this.options = Objects.requireNonNull(options, "options");
  }

  /**
   * Kaizen for the git repository around {@code repo}. Nothing is opened yet: a method that needs
   * the repository opens it, and reports a folder outside any repository then.
   */
  public static Kaizen open(Path repo, KaizenOptions options) {
    return new Kaizen(Objects.requireNonNull(repo, "repo"), options);
  }

  public KaizenOptions options() {
    return options;
  }

  // ---- setting up ---------------------------------------------------------------------------

  /**
   * Writes {@code kaizen.yml} at the repository's root from what the eval types find in its tree
   * (its tests; JMH benchmarks as targets). Never overwrites one.
   *
   * @throws UsageException when no Maven build is found, or the file exists
   */
  public InitResult init() {
    Path tree = project().workspace().userTree();
    Path file = tree.resolve(Project.CONFIG_FILE);
    if (!Files.isRegularFile(tree.resolve("pom.xml"))) {
      throw new UsageException(
          "no build detected in "
              + tree
              + " (Kaizen supports Maven projects: pom.xml); write kaizen.yml by hand");
    }
    List<EvalSuggestion> suggested = options.extensions().evalTypes().suggest(tree);
    String text = suggested.isEmpty() ? KaizenYml.maven() : KaizenYml.mavenWith(suggested);
    try {
      Files.writeString(file, text, StandardOpenOption.CREATE_NEW);
    } catch (java.nio.file.FileAlreadyExistsException e) {
      throw new UsageException(file + " already exists; Kaizen never overwrites it");
    } catch (IOException e) {
      throw new EnvironmentException("cannot write " + file + ": " + e.getMessage(), e);
    }
    return new InitResult(file, suggested);
  }

  /** Indexes the Java sources of the git root around the repository path (no clone is made). */
  public IndexResult index() {
    if (!Files.isDirectory(start)) throw new UsageException("no such directory: " + start);
    Path root = Project.gitRoot(start).orElse(start);
    return new IndexResult(root, CodeIndex.build(root));
  }

  // ---- measuring ----------------------------------------------------------------------------

  /**
   * Builds {@code rev} in the sandbox, runs its test evals and, when they pass, its metric evals
   * once. A passing result is kept as the baseline's cached tests.
   */
  public EvaluateResult evaluate(String rev) {
    Project p = project();
    String commit = p.workspace().resolve(rev);
    try (Trees trees = p.trees("eval")) {
      Path tree = trees.export(commit, "tree");
      KaizenConfig config = p.trustedConfig(commit, tree);
      try (Judge judge = Judge.open(p, config, commit, tree, options.progress())) {
        options
            .progress()
            .step(
                "building and testing "
                    + Workspace.abbreviate(commit)
                    + " in the "
                    + judge.backend()
                    + " sandbox");
        TreeCheck check = judge.checkFresh(tree);
        Optional<Measurement> measurement = Optional.empty();
        if (check.ok() && !config.suite().metricEvals().isEmpty()) {
          options.progress().step("running the metric evals");
          measurement = Optional.of(judge.suite().measure(tree));
        }
        return new EvaluateResult(
            rev, commit, config.source(), judge.backend(), check, measurement);
      }
    }
  }

  /**
   * Judges {@code candidate} against the trusted {@code base}: evals, gate settings and protected
   * paths come from the base. A candidate that touches a protected path, edits or deletes a
   * baseline test or benchmark, or adds a hack to main code ({@link HackCheck}), is rejected before
   * anything runs.
   *
   * @throws EnvironmentException when the base itself fails its build or tests
   */
  public GateResult gate(String base, String candidate) {
    Project p = project();
    String baseCommit = p.workspace().resolve(base);
    String candidateCommit = p.workspace().resolve(candidate);
    try (Trees trees = p.trees("gate")) {
      Path baseTree = trees.export(baseCommit, "base");
      KaizenConfig config = p.trustedConfig(baseCommit, baseTree);
      List<ChangedPath> changes = p.workspace().changedPaths(baseCommit, candidateCommit);
      var refused =
          new ArrayList<>(
              new JudgedFiles(config.protection(baseTree))
                  .violations(
                      "the candidate",
                      changes,
                      path -> p.workspace().readFile(baseCommit, path),
                      path -> p.workspace().readFile(candidateCommit, path)));
      HackCheck.findings(
              ChangedSource.of(
                  changes,
                  path -> p.workspace().readFile(baseCommit, path),
                  path -> p.workspace().readFile(candidateCommit, path)),
              JudgedClasses.in(baseTree),
              HackCheck.judgedInputs(baseTree, config.protection(baseTree)))
          .forEach(f -> refused.add(f.reason("the candidate")));
      if (!refused.isEmpty()) {
        return new GateResult(
            baseCommit,
            candidateCommit,
            config.source(),
            "none",
            new Decision.Rejected(refused, Optional.empty(), Optional.empty()));
      }
      Path candidateTree = trees.export(candidateCommit, "candidate");
      try (Judge judge = Judge.open(p, config, baseCommit, baseTree, options.progress())) {
        TreeCheck baseline = judge.checkBaseline();
        if (!baseline.ok())
          throw new EnvironmentException("the baseline itself fails: " + baseline.problem().get());
        options
            .progress()
            .step("building and testing the candidate " + Workspace.abbreviate(candidateCommit));
        TreeCheck checked = judge.checkFresh(candidateTree);
        Decision decision =
            judge
                .gate((baseCommit + candidateCommit).hashCode())
                .decide(baseTree, baseline, candidateTree, checked);
        return new GateResult(
            baseCommit, candidateCommit, config.source(), judge.backend(), decision);
      }
    }
  }

  /**
   * Proves the gate on this machine: A/A trials (the false-accept rate and the noise floor) and,
   * where the sandbox has a CPU quota, planted improvements (the power). The repository's result is
   * kept in the workspace, where its noise floor raises the gate's threshold.
   */
  public CalibrationResult calibrate(CalibrateRequest request) {
    if (!request.fixture()) {
      Project p = project();
      return Calibration.run(
          p,
          p.workspace().resolve(request.rev()),
          request.trials(),
          request.powerTrials(),
          request.levels(),
          true,
          options.progress());
    }
    Path dir;
    try {
      dir = Files.createTempDirectory("kaizen-calibration-");
    } catch (IOException e) {
      throw new EnvironmentException("cannot create a temporary folder: " + e.getMessage(), e);
    }
    try {
      Path fixture = dir.resolve("fixture");
      CalibrationFixture.create(fixture);
      options.progress().info("calibration fixture: " + fixture + " (CPU-bound Spin benchmark)");
      try (Project p =
          Project.open(
              fixture,
              Optional.of(dir.resolve("workspace")),
              Optional.empty(),
              options.extensions())) {
        return Calibration.run(
            p,
            p.workspace().resolve("HEAD"),
            request.trials(),
            request.powerTrials(),
            request.levels(),
            false,
            options.progress());
      }
    } finally {
      Directories.deleteQuietly(dir);
    }
  }

  /**
   * Runs one command in the configured sandbox on a copy of {@code tree} ({@code tree} itself is
   * never changed), with the sandbox settings of the configuration file, else {@code
   * tree/kaizen.yml}, else the defaults. Needs no repository.
   *
   * @param timeout the wall-clock limit instead of {@code sandbox.timeout}
   */
  public SandboxRun exec(Path tree, Optional<Duration> timeout, List<String> command) {
    Path dir = tree.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) throw new UsageException("--tree " + tree + ": no such directory");
    KaizenConfig config = ConfigFiles.forTree(dir, options.configFile(), options.extensions());
    Limits limits =
        timeout.map(config.sandbox().limits()::withTimeout).orElse(config.sandbox().limits());
    Path copy = TreeCopy.withoutGit(dir);
    try (Sandbox sandbox = Project.openSandbox(config, options.extensions(), options.progress())) {
      return new SandboxRun(
          sandbox.backend(), sandbox.exec(new Command(command, Map.of()), copy, limits));
    } finally {
      Directories.deleteQuietly(copy);
    }
  }

  // ---- improving ----------------------------------------------------------------------------

  /**
   * Runs the improvement loop: proposals from {@code proposer}, each measured against the best
   * commit and kept only when the gate accepts it. Only the session branch {@code kaizen/<session>}
   * (and {@code request.into()}) ever moves in the user's repository.
   */
  public SessionResult improve(ImproveRequest request, ProposerChoice proposer) {
    Project p = project();
    return new Improver(
            p,
            Proposers.factory(proposer, options, p.ledger()),
            options.progress(),
            options.clock())
        .run(request);
  }

  /**
   * Continues a session that was interrupted (Ctrl-C, a killed process) or failed, from the ledger:
   * its finished iterations are kept and count against its budget, the iteration in flight is done
   * again, and it goes on from its best commit with its own base, configuration, goal and {@code
   * --into} branch, which is never fast-forwarded twice to one commit.
   *
   * @param session the session's id, or a unique prefix of it
   * @param iterations the session's new limit, finished iterations included; empty: as it was asked
   * @throws UsageException when there is no such session, it finished, or it ran with another
   *     proposer or configuration
   * @throws EnvironmentException when another session holds the workspace, or its base commit is no
   *     longer in the repository
   */
  public SessionResult resume(
      String session, Optional<Integer> iterations, ProposerChoice proposer) {
    Project p = project();
    return new Improver(
            p,
            Proposers.factory(proposer, options, p.ledger()),
            options.progress(),
            options.clock())
        .resume(session, iterations);
  }

  /**
   * Runs the red-team suite that ships with Kaizen against the repository's HEAD: each attack is
   * aimed at the repository's own classes and tests, goes through the real loop and sandbox, and
   * must be refused or rejected with its named reason. Nothing is ever accepted or published; the
   * attacks are recorded as a {@code redteam-} session in the ledger.
   *
   * @param only the ids of the attacks to run; empty: all of them
   * @throws UsageException when {@code only} names an attack the suite does not have
   * @throws EnvironmentException when the baseline fails or the sandbox cannot run
   */
  public RedTeamReport redteam(List<String> only) {
    List<AttackCase> suite = AttackFiles.bundled();
    var known = suite.stream().map(AttackCase::id).toList();
    var unknown = only.stream().filter(id -> !known.contains(id)).toList();
    if (!unknown.isEmpty()) {
      throw new UsageException(
          "no such attack: "
              + String.join(", ", unknown)
              + " (the suite has: "
              + String.join(", ", known)
              + ")");
    }
    List<AttackCase> chosen =
        only.isEmpty() ? suite : suite.stream().filter(a -> only.contains(a.id())).toList();
    return new RedTeam(project(), options.progress(), options.clock()).run(chosen);
  }

  /** Starts a session the user drives one step at a time; close it to end it. */
  public ManualSession session(Goal goal, ProposerChoice proposer) {
    Project p = project();
    return ManualSession.open(
        p,
        Proposers.factory(proposer, options, p.ledger()),
        goal,
        options.progress(),
        options.clock());
  }

  // ---- the record ---------------------------------------------------------------------------

  /** Where the ledger keeps its sessions (the repository is opened). */
  public Path ledgerDirectory() {
    return project().ledger().directory();
  }

  /**
   * Every session in the ledger, oldest first; one recorded as running whose process (on this
   * machine) is gone is shown as interrupted.
   */
  public History history() {
    Ledger ledger = project().ledger();
    return new History(
        ledger.directory(),
        ledger.sessions().stream().map(SessionLog::session).map(StaleSessions::asSeen).toList());
  }

  /**
   * One session ({@code id} or a unique prefix of it), or one iteration of it ({@code SESSION/N}).
   *
   * @throws UsageException when there is no such session or iteration
   */
  public Shown show(String id) {
    int slash = id.indexOf('/');
    SessionLog log = project().ledger().open(slash < 0 ? id : id.substring(0, slash));
    SessionRecord session = StaleSessions.asSeen(log.session());
    List<IterationRecord> iterations = log.iterations();
    if (slash < 0) return new Shown.Session(session, iterations);
    int n;
    try {
      n = Integer.parseInt(id.substring(slash + 1));
    } catch (NumberFormatException e) {
      throw new UsageException("not an iteration id: '" + id + "' (expected SESSION/N)");
    }
    IterationRecord it =
        iterations.stream()
            .filter(i -> i.n() == n)
            .findFirst()
            .orElseThrow(
                () -> new UsageException("session " + session.id() + " has no iteration " + n));
    Path dir = log.iterationDirectory(n);
    return new Shown.Iteration(it, dir, artifacts(dir));
  }

  /**
   * Writes the ledger as one self-contained HTML page; reads only the ledger (no clone is made).
   *
   * @param session one session (an id, a unique prefix, or {@code latest}); empty: every session
   * @param out where to write; empty: {@code report.html} in the workspace
   * @throws UsageException when the ledger is empty or the session is unknown
   */
  public ReportResult report(Optional<String> session, Optional<Path> out) {
    Path workspace = workspaceDir();
    Ledger ledger = new Ledger(workspace);
    List<SessionLog> logs = ledger.sessions();
    if (logs.isEmpty()) {
      throw new UsageException(
          "the ledger is empty: no session in "
              + ledger.directory()
              + " (start one with: kaizen improve; or point --workspace at another workspace)");
    }
    if (session.isPresent())
      logs =
          List.of(
              session.get().equals("latest")
                  ? logs.get(logs.size() - 1)
                  : ledger.open(session.get()));
    List<SessionData> sessions = logs.stream().map(SessionData::read).toList();
    String html =
        new ReportPage(options.clock().instant(), ledger.directory().toString()).render(sessions);
    Path file = out.orElse(workspace.resolve("report.html")).toAbsolutePath().normalize();
    AtomicFiles.write(file, html);
    return new ReportResult(
        file, sessions.size(), sessions.stream().mapToInt(s -> s.iterations().size()).sum());
  }

  /** The titles and descriptions {@link #publish} would send; pushes and asks nothing. */
  public List<PullRequestPreview> preview(Publisher.Request request) {
    return publisher().select(request).stream()
        .map(
            s ->
                new PullRequestPreview(
                    s.id(),
                    s.branch(),
                    s.best(),
                    PullRequestBody.title(s),
                    PullRequestBody.render(s)))
        .toList();
  }

  /**
   * Pushes session branches and opens or updates their draft pull requests on GitHub, with the
   * token and repository the environment (as GitHub Actions sets it) and {@code target} name.
   */
  public List<Publication> publish(Publisher.Request request, GitHubTarget.Options target) {
    return publisher().run(request, options.environment(), target);
  }

  // ---------------------------------------------------------------------------------------------

  private Publisher publisher() {
    Project p = project();
    return new Publisher(p.workspace(), p.ledger(), options.progress(), options.clock());
  }

  private Project project() {
    if (project == null)
      project =
          Project.open(start, options.workspace(), options.configFile(), options.extensions());
    return project;
  }

  /** The workspace that holds the ledger, found without opening (or cloning) the repository. */
  private Path workspaceDir() {
    if (options.workspace().isPresent()) return options.workspace().get();
    return Project.gitRoot(start)
        .map(root -> root.resolve("workspace"))
        .orElseThrow(
            () ->
                new EnvironmentException(
                    "not a git repository: "
                        + start
                        + " (name the workspace that holds the ledger with --workspace DIR)"));
  }

  private static List<String> artifacts(Path dir) {
    if (!Files.isDirectory(dir)) return List.of();
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      return List.of();
    }
  }

  @Override
  public void close() {
    if (project != null) project.close();
  }
}
