package dev.kaizen.agent.publish;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.Progress;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.ledger.Ledger;
import dev.kaizen.agent.ledger.PullRequestRecord;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.workspace.Pushed;
import dev.kaizen.agent.workspace.RemoteLogin;
import dev.kaizen.agent.workspace.Workspace;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Publishes sessions: pushes a session's branch from Kaizen's clone and opens one draft pull
 * request for it, or updates the one Kaizen opened before (found by its {@link PrMarker}). Never a
 * second one, never a branch outside {@code kaizen/}, never the repository's default branch. A pull
 * request someone closed is not reopened.
 *
 * <p>What was published is recorded in the session's folder, {@code pull-request.json} (number,
 * address, commit; never the token).
 */
public final class Publisher {

  /** The prefix every branch Kaizen pushes has. */
  public static final String BRANCH_PREFIX = "kaizen/";

  /** The user name GitHub expects with a token over HTTPS. */
  static final String TOKEN_USER = "x-access-token";

  private final Workspace workspace;
  private final Ledger ledger;
  private final Progress progress;
  private final Clock clock;

  public Publisher(Workspace workspace, Ledger ledger, Progress progress, Clock clock) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.ledger = Objects.requireNonNull(ledger, "ledger");
    this.progress = Objects.requireNonNull(progress, "progress");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * What to publish.
   *
   * @param branch a session's branch; empty: the latest session (or, with {@code all}, every one)
   * @param all every session with an accepted change, newest first
   * @param maxPerRun pull requests opened or updated in this run at most
   * @param maxOpen open pull requests carrying Kaizen's marker at most; at the cap no new one is
   *     opened, but existing ones are still updated
   */
  public record Request(Optional<String> branch, boolean all, int maxPerRun, int maxOpen) {

    public static final int DEFAULT_MAX_PER_RUN = 1;
    public static final int DEFAULT_MAX_OPEN = 5;

    public Request {
      Objects.requireNonNull(branch, "branch");
      if (branch.isPresent() && all)
        throw new UsageException("--branch and --all exclude each other");
      if (maxPerRun < 1)
        throw new UsageException("--max-per-run must be at least 1, not " + maxPerRun);
      if (maxOpen < 0) throw new UsageException("--max-open must not be negative, not " + maxOpen);
    }

    /** The latest session, with the default caps. */
    public static Request latest() {
      return new Request(Optional.empty(), false, DEFAULT_MAX_PER_RUN, DEFAULT_MAX_OPEN);
    }
  }

  /**
   * The sessions {@code request} asks for, checked without the network: the latest session, the
   * session of {@code --branch}, or with {@code --all} every session with an accepted change,
   * newest first (possibly none).
   *
   * @throws UsageException for a branch outside {@code kaizen/}, a branch no session has, no
   *     session at all, or a session that accepted nothing
   */
  public List<SessionEvidence> select(Request request) {
    List<SessionLog> logs = ledger.sessions();
    if (request.all()) {
      var out = new ArrayList<SessionEvidence>();
      for (int i = logs.size() - 1; i >= 0; i--) {
        SessionEvidence s = SessionEvidence.read(logs.get(i));
        if (s.hasAcceptedChange() && s.branch().startsWith(BRANCH_PREFIX)) out.add(s);
      }
      return out;
    }
    SessionEvidence chosen;
    if (request.branch().isPresent()) {
      String branch = request.branch().get();
      checkBranch(branch);
      SessionLog log =
          logs.stream()
              .filter(l -> branch.equals(branchOf(l)))
              .findFirst()
              .orElseThrow(
                  () ->
                      new UsageException(
                          "no session in "
                              + ledger.directory()
                              + " has the branch "
                              + branch
                              + " (see 'kaizen history')"));
      chosen = SessionEvidence.read(log);
    } else {
      if (logs.isEmpty())
        throw new UsageException(
            "no sessions yet in "
                + ledger.directory()
                + ": nothing to publish (start one with: kaizen improve)");
      chosen = SessionEvidence.read(logs.get(logs.size() - 1));
      checkBranch(chosen.branch());
    }
    if (!chosen.hasAcceptedChange()) {
      throw new UsageException(
          "session "
              + chosen.id()
              + " accepted nothing ("
              + chosen.iterations().size()
              + " tried): there is nothing to publish on "
              + chosen.branch());
    }
    return List.of(chosen);
  }

  private static String branchOf(SessionLog log) {
    String b = log.session().branch();
    return b != null ? b : BRANCH_PREFIX + log.id();
  }

  /** Refuses a branch Kaizen does not own: outside {@code kaizen/}, or a candidate branch. */
  static void checkBranch(String branch) {
    if (!branch.startsWith(BRANCH_PREFIX) || branch.length() == BRANCH_PREFIX.length()) {
      throw new UsageException(
          "Kaizen publishes only its own session branches (kaizen/<session>), not " + branch);
    }
    if (branch.startsWith(BRANCH_PREFIX + "candidates/")) {
      throw new UsageException(
          branch + " is a candidate branch; publish its session's branch kaizen/<session> instead");
    }
  }

  /**
   * Selects the sessions (see {@link #select}), and when there are any, publishes them to the
   * target {@code env} and {@code options} name (see {@link GitHubTarget#resolve}).
   *
   * @return what was done for each session; empty when {@code --all} found nothing to publish
   */
  public List<Publication> run(
      Request request, Map<String, String> env, GitHubTarget.Options options) {
    List<SessionEvidence> sessions = select(request);
    if (sessions.isEmpty()) return List.of();
    GitHubTarget target = GitHubTarget.resolve(env, options);
    return publish(sessions, request, target, new GitHubClient(target.api(), target.token()));
  }

  /**
   * Publishes {@code sessions} in order until {@code maxPerRun} pull requests were opened or
   * updated.
   *
   * @throws UsageException when a session's branch is the repository's default branch
   * @throws GitHubException when GitHub refuses a request (exit 3, with GitHub's message)
   * @throws EnvironmentException when the push fails
   */
  public List<Publication> publish(
      List<SessionEvidence> sessions, Request request, GitHubTarget target, GitHubClient github) {
    var out = new ArrayList<Publication>();
    if (sessions.isEmpty()) return out;
    RepositoryInfo repo = github.repository(target.repository());
    OpenCount open = new OpenCount(github, target.repository());
    int published = 0;
    for (int i = 0; i < sessions.size(); i++) {
      if (published >= request.maxPerRun()) {
        progress.info(
            "--max-per-run "
                + request.maxPerRun()
                + " reached: "
                + (sessions.size() - i)
                + " more session(s) wait for the next run");
        break;
      }
      Publication p = publishOne(sessions.get(i), request, target, github, repo, open);
      out.add(p);
      if (p.published()) published++;
    }
    return out;
  }

  private Publication publishOne(
      SessionEvidence s,
      Request request,
      GitHubTarget target,
      GitHubClient github,
      RepositoryInfo repo,
      OpenCount open) {
    String branch = s.branch();
    checkBranch(branch);
    if (branch.equals(repo.defaultBranch())) {
      throw new UsageException(
          branch
              + " is the default branch of "
              + target.repository()
              + "; Kaizen never pushes to it");
    }
    String best = s.best();
    List<PullRequest> ofBranch =
        github.pulls(target.repository(), "all", Optional.of(branch)).stream()
            .filter(pr -> pr.head().isEmpty() || pr.head().equals(branch))
            .toList();
    Optional<PullRequest> ours =
        ofBranch.stream()
            .filter(pr -> pr.marker().filter(m -> m.branch().equals(branch)).isPresent())
            .min(
                Comparator.comparing((PullRequest pr) -> !pr.open())
                    .thenComparing(pr -> -pr.number()));
    String title = PullRequestBody.title(s);
    String body = PullRequestBody.render(s);

    if (ours.isPresent() && !ours.get().open()) {
      PullRequest pr = ours.get();
      return skipped(
          s,
          Optional.of(pr),
          "pull request #"
              + pr.number()
              + " for "
              + branch
              + " was "
              + (pr.merged() ? "merged" : "closed")
              + "; Kaizen does not open another ("
              + pr.url()
              + ")");
    }
    if (ours.isEmpty()) {
      Optional<PullRequest> foreign = ofBranch.stream().filter(PullRequest::open).findFirst();
      if (foreign.isPresent()) {
        return skipped(
            s,
            foreign,
            "pull request #"
                + foreign.get().number()
                + " for "
                + branch
                + " was not opened by Kaizen (no kaizen marker); it is left alone");
      }
      int count = open.get();
      if (count >= request.maxOpen()) {
        return skipped(
            s,
            Optional.empty(),
            count
                + " open pull request"
                + (count == 1 ? "" : "s")
                + " by Kaizen already (--max-open "
                + request.maxOpen()
                + "): no new one for "
                + branch
                + "; merge or close one, or raise --max-open");
      }
    }

    progress.step(
        "pushing "
            + branch
            + " at "
            + Workspace.abbreviate(best)
            + " to "
            + displayRemote(target.remote()));
    Optional<RemoteLogin> login =
        isHttp(target.remote())
            ? Optional.of(new RemoteLogin(TOKEN_USER, target.token().reveal()))
            : Optional.empty();
    Pushed pushed;
    try {
      pushed = workspace.push(target.remote(), branch, best, login);
    } catch (EnvironmentException e) {
      throw new EnvironmentException(target.token().redact(e.getMessage()));
    }

    Publication result;
    if (ours.isPresent()) {
      PullRequest pr = github.update(target.repository(), ours.get().number(), title, body);
      result =
          new Publication(
              s.id(),
              branch,
              best,
              Publication.Action.UPDATED,
              Optional.of(pr),
              Optional.of(pushed),
              "updated pull request #" + pr.number() + " " + pr.url());
    } else {
      PullRequest pr =
          github.openDraft(target.repository(), title, branch, repo.defaultBranch(), body);
      open.opened();
      result =
          new Publication(
              s.id(),
              branch,
              best,
              Publication.Action.OPENED,
              Optional.of(pr),
              Optional.of(pushed),
              "opened draft pull request #" + pr.number() + " " + pr.url());
    }
    record(s, result, target, repo.defaultBranch());
    return result;
  }

  private static Publication skipped(SessionEvidence s, Optional<PullRequest> pr, String why) {
    return new Publication(
        s.id(), s.branch(), s.best(), Publication.Action.SKIPPED, pr, Optional.empty(), why);
  }

  /** Records in the session's {@code pull-request.json} what was published, where, when. */
  private void record(SessionEvidence s, Publication p, GitHubTarget target, String base) {
    PullRequest pr = p.pullRequest().orElseThrow();
    var record =
        new PullRequestRecord(
            target.repository().toString(),
            pr.number(),
            pr.url(),
            p.action().id(),
            p.branch(),
            base,
            p.commit(),
            p.pushed().map(Pushed::id).orElse(null),
            clock.instant().toString());
    try {
      ledger.open(s.id()).writePullRequest(record);
    } catch (EnvironmentException | UsageException e) {
      progress.warn("published, but could not record it: " + e.getMessage());
    }
  }

  private static boolean isHttp(String remote) {
    return remote.startsWith("https://") || remote.startsWith("http://");
  }

  /** A remote as messages show it: without the user information of a URL. */
  static String displayRemote(String remote) {
    return remote.replaceFirst("^([a-z][a-z0-9+.-]*://)[^/@]*@", "$1");
  }

  /** The open pull requests carrying Kaizen's marker, counted when first needed. */
  private static final class OpenCount {
    private final GitHubClient github;
    private final GitHubRepository repository;
    private Integer count;

    OpenCount(GitHubClient github, GitHubRepository repository) {
      this.github = github;
      this.repository = repository;
    }

    int get() {
      if (count == null) {
        count =
            (int)
                github.pulls(repository, "open", Optional.empty()).stream()
                    .filter(pr -> PrMarker.present(pr.body()))
                    .count();
      }
      return count;
    }

    void opened() {
      if (count != null) count++;
    }
  }
}
