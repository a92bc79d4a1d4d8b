package dev.kaizen.agent.loop;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.Progress;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.cli.Main;
import dev.kaizen.agent.ledger.IterationRecord;
import dev.kaizen.agent.ledger.Ledger;
import dev.kaizen.agent.ledger.ProcessRecord;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.ledger.SessionRecord;
import dev.kaizen.agent.ledger.WorkspaceLock;
import dev.kaizen.agent.project.Project;
import dev.kaizen.agent.propose.Goal;
import dev.kaizen.agent.propose.ProposerFactory;
import dev.kaizen.agent.testing.GitFixture;
import dev.kaizen.agent.testing.ScoreProposer;
import dev.kaizen.agent.testing.ScoreRepo;
import dev.kaizen.agent.testing.ScoreSessionChild;
import dev.kaizen.sandbox.testing.ChildJvm;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One session at a time per workspace, sessions left running by a killed process, and {@code
 * improve --resume}: on real repositories, with sessions killed as {@code kill -9} kills them (a
 * child JVM hung in the middle of an iteration). {@link ScoreRepo} measures exactly, without
 * Docker, so a session's decisions are the same on every run.
 */
class ResumeTest {

  /** The score {@link ScoreProposer} reaches in iteration 4 (950 a, 900 a, 950 r, 850). */
  private static final int FOURTH_CANDIDATE = 850;

  @TempDir Path tmp;

  // ---- one session at a time

  @Test
  void a_second_session_on_a_workspace_fails_at_once_naming_the_first_with_exit_3()
      throws Exception {
    try (GitFixture repo = ScoreRepo.create(tmp.resolve("repo"));
        ChildJvm child = hungSession(repo, 900, 6)) {
      String first = onlySession(repo).id();

      assertThatThrownBy(() -> improve(repo, 1))
          .isInstanceOf(EnvironmentException.class)
          .hasMessageStartingWith(
              "the workspace "
                  + repo.root().resolve("workspace")
                  + " is in use by session "
                  + first)
          .hasMessageContaining("(pid " + child.pid() + " on ");
      try (Project project = open(repo)) {
        assertThatThrownBy(
                () ->
                    ManualSession.open(
                        project,
                        ProposerFactory.of(new ScoreProposer()),
                        Goal.DEFAULT,
                        Progress.SILENT,
                        Clock.systemUTC()))
            .isInstanceOf(EnvironmentException.class)
            .hasMessageContaining("is in use by session " + first);
      }
      Cli cli = Cli.run("improve", "--repo", repo.root().toString());
      assertThat(cli.code()).as(cli.err()).isEqualTo(Main.ENVIRONMENT);
      assertThat(cli.err().lines())
          .containsExactly(
              "kaizen: the workspace "
                  + repo.root().resolve("workspace")
                  + " is in use by session "
                  + first
                  + " (pid "
                  + child.pid()
                  + " on "
                  + ProcessRecord.current().host()
                  + ", started "
                  + WorkspaceLock.lastHolder(repo.root().resolve("workspace")).get().started()
                  + "); wait for it to end (or stop it), or use another --workspace");
      assertThat(sessionIds(repo)).as("no second session was recorded").containsExactly(first);
    }
  }

  @Test
  void a_manual_session_holds_the_workspace_until_it_is_closed() {
    try (GitFixture repo = ScoreRepo.create(tmp.resolve("repo"));
        Project project = open(repo)) {
      ManualSession manual =
          ManualSession.open(
              project,
              ProposerFactory.of(new ScoreProposer()),
              Goal.DEFAULT,
              Progress.SILENT,
              Clock.systemUTC());
      try {
        assertThatThrownBy(
                () ->
                    new Improver(project, new ScoreProposer(), Progress.SILENT, Clock.systemUTC())
                        .run(iterations(1)))
            .isInstanceOf(EnvironmentException.class)
            .hasMessageContaining("is in use by session " + manual.id());
      } finally {
        manual.end();
        manual.close();
      }

      SessionResult next =
          new Improver(project, new ScoreProposer(), Progress.SILENT, Clock.systemUTC())
              .run(iterations(1));
      assertThat(next.tried()).isEqualTo(1);
    }
  }

  // ---- sessions whose process is gone

  @Test
  void
      a_session_left_running_by_a_killed_process_shows_as_interrupted_and_is_marked_so_at_the_next_start()
          throws Exception {
    try (GitFixture repo = ScoreRepo.create(tmp.resolve("repo"))) {
      long pid;
      try (ChildJvm child = hungSession(repo, 900, 6)) {
        pid = child.pid();
        child.kill();
      }
      SessionLog killed = onlySession(repo);
      assertThat(killed.session().status())
          .as("as the killed process left it")
          .isEqualTo("running");
      assertThat(killed.session().process().pid()).isEqualTo(pid);

      Cli history = Cli.run("history", "--repo", repo.root().toString());
      assertThat(history.code()).as(history.err()).isZero();
      assertThat(history.out()).containsPattern(killed.id() + " .* interrupted ");
      assertThat(killed.session().status()).as("history writes nothing").isEqualTo("running");

      SessionResult next = improve(repo, 1);

      SessionRecord marked = killed.session();
      assertThat(marked.status()).isEqualTo("interrupted");
      assertThat(marked.statusDetail())
          .startsWith("its process (pid " + pid + " on ")
          .contains("ended without recording how");
      assertThat(marked.tried()).as("the one finished iteration").isEqualTo(1);
      assertThat(new Ledger(repo.root().resolve("workspace")).open(next.session()).session())
          .extracting(SessionRecord::status)
          .isEqualTo("finished");
    }
  }

  // ---- improve --resume

  @Test
  void
      resume_after_a_kill_keeps_the_finished_iterations_redoes_the_one_in_flight_and_ends_where_an_uninterrupted_run_ends()
          throws Exception {
    SessionResult uninterrupted;
    String uninterruptedTree;
    try (GitFixture a = ScoreRepo.create(tmp.resolve("a"))) {
      uninterrupted = improve(a, 6);
      uninterruptedTree = treeOf(a, uninterrupted.best());
    }

    try (GitFixture b = ScoreRepo.create(tmp.resolve("b"))) {
      try (ChildJvm child = hungSession(b, FOURTH_CANDIDATE, 6)) {
        child.kill();
      }
      SessionLog log = onlySession(b);
      List<IterationRecord> before = log.iterations();
      assertThat(before).as("three iterations finished before the kill").hasSize(3);
      assertThat(log.iterationDirectory(4).resolve("patch.diff"))
          .as("the fourth was in flight")
          .exists();
      Instant killedAfter = Instant.now();

      SessionResult resumed = resume(b, log.id(), Optional.empty());

      assertThat(resumed.session()).isEqualTo(log.id());
      assertThat(resumed.tried()).isEqualTo(6);
      assertThat(resumed.iterations().subList(0, 3)).as("kept as they were").isEqualTo(before);
      assertThat(log.iterations()).isEqualTo(resumed.iterations());
      IterationRecord redone = resumed.iterations().get(3);
      assertThat(Instant.parse(redone.started())).isAfter(killedAfter);
      assertThat(redone.summary()).isEqualTo("Set the score to " + FOURTH_CANDIDATE);
      assertThat(resumed.iterations())
          .extracting(IterationRecord::summary, IterationRecord::decision)
          .as("the same iterations as an uninterrupted session")
          .isEqualTo(
              uninterrupted.iterations().stream()
                  .map(i -> org.assertj.core.groups.Tuple.tuple(i.summary(), i.decision()))
                  .toList());
      assertThat(treeOf(b, resumed.best()))
          .as("the same tree at the end as an uninterrupted session")
          .isEqualTo(uninterruptedTree);
      assertThat(b.ref("refs/heads/" + resumed.branch()))
          .as("the session branch in the user's repository")
          .isEqualTo(resumed.best());
      assertThat(commitsSince(b, resumed.best(), resumed.base()))
          .as("one commit per accepted iteration on the session branch")
          .isEqualTo(uninterrupted.accepted())
          .isEqualTo(5);
      SessionRecord s = log.session();
      assertThat(s.status()).isEqualTo("finished");
      assertThat(s.process()).isEqualTo(ProcessRecord.current());
      assertThat(s.tried()).isEqualTo(6);
      assertThat(Files.readString(log.directory().resolve("journal.md")))
          .contains("## Resumed")
          .contains("3 finished iteration(s) kept; iteration 4 on from ");
    }
  }

  @Test
  void resume_refuses_an_unknown_session_a_finished_one_and_one_whose_base_is_gone()
      throws Exception {
    try (GitFixture repo = ScoreRepo.create(tmp.resolve("repo"))) {
      String finished = improve(repo, 1).session();
      String root = repo.root().toString();

      assertThatThrownBy(() -> resume(repo, "nope", Optional.empty()))
          .isInstanceOf(UsageException.class)
          .hasMessageStartingWith("no session 'nope' in ");
      assertThat(Cli.run("improve", "--repo", root, "--resume", "nope").code())
          .isEqualTo(Main.USAGE);

      assertThatThrownBy(() -> resume(repo, finished, Optional.empty()))
          .isInstanceOf(UsageException.class)
          .hasMessage(
              "session "
                  + finished
                  + " finished (reached the limit of 1 iteration(s)): there is nothing to resume; start a new one with 'kaizen improve'");
      assertThat(Cli.run("improve", "--repo", root, "--resume", finished).code())
          .isEqualTo(Main.USAGE);

      SessionLog log = new Ledger(repo.root().resolve("workspace")).open(finished);
      SessionRecord s = log.session();
      String gone = "f".repeat(40);
      log.writeSession(
          new SessionRecord(
              s.id(),
              s.repository(),
              gone,
              s.branch(),
              s.into(),
              s.proposer(),
              s.goal(),
              s.config(),
              s.started(),
              s.finished(),
              "interrupted",
              "stopped by a signal",
              s.tried(),
              s.accepted(),
              s.best()));
      assertThatThrownBy(() -> resume(repo, finished, Optional.empty()))
          .isInstanceOf(EnvironmentException.class)
          .hasMessage(
              "session "
                  + finished
                  + " started from ffffffffff, which is no longer in "
                  + repo.root()
                  + "; it cannot be resumed, start a new session");
      Cli cli = Cli.run("improve", "--repo", root, "--resume", finished);
      assertThat(cli.code()).isEqualTo(Main.ENVIRONMENT);
      assertThat(cli.err().lines()).hasSize(1);

      Cli mixed = Cli.run("improve", "--repo", root, "--resume", finished, "--goal", "faster");
      assertThat(mixed.code()).isEqualTo(Main.USAGE);
      assertThat(mixed.err()).contains("--resume goes on as the session was started");
    }
  }

  @Test
  void resume_never_fast_forwards_the_into_branch_twice_and_finishes_a_fast_forward_not_done()
      throws Exception {
    try (GitFixture repo = ScoreRepo.create(tmp.resolve("repo"))) {
      String base = repo.head();
      repo.createBranch("release");
      SessionResult done;
      try (Project project = open(repo)) {
        done =
            new Improver(project, new ScoreProposer(), Progress.SILENT, Clock.systemUTC())
                .run(new ImproveRequest(Optional.of(2), Goal.DEFAULT, Optional.of("release")));
      }
      assertThat(repo.ref("refs/heads/release")).isEqualTo(done.best());
      SessionLog log = new Ledger(repo.root().resolve("workspace")).open(done.session());
      assertThat(log.session().intoMoved()).isEqualTo(done.best());

      // killed right after the fast-forward; the user then moved the branch back
      leftRunning(log, log.session());
      moveBranch(repo, "release", base);
      resume(repo, done.session(), Optional.empty());
      assertThat(repo.ref("refs/heads/release"))
          .as("a fast-forward done once is not done again")
          .isEqualTo(base);
      assertThat(log.session().status()).isEqualTo("finished");

      // killed before the fast-forward was done
      leftRunning(log, log.session().withIntoMoved(null));
      resume(repo, done.session(), Optional.empty());
      assertThat(repo.ref("refs/heads/release"))
          .as("a fast-forward that was not done is done")
          .isEqualTo(done.best());
    }
  }

  // ---- Ctrl-C

  @Test
  void the_signal_hook_waits_for_a_fast_forward_of_the_into_branch_in_progress() throws Exception {
    try (GitFixture repo = ScoreRepo.create(tmp.resolve("repo"));
        Project project = open(repo)) {
      repo.createBranch("release");
      String base = repo.head();
      var trees = project.trees("hook-test");
      Path baseTree = trees.export(base, "0-base");
      var start =
          new SessionRun.Start(
              "hook-test", Instant.now(), base, baseTree, project.trustedConfig(base, baseTree));
      var run =
          new SessionRun(
              project,
              new ScoreProposer(),
              Progress.SILENT,
              Clock.systemUTC(),
              trees,
              start,
              Optional.of("release"),
              Goal.DEFAULT);
      SessionLog log = new Ledger(project.workspaceDir()).open("hook-test");
      var inside = new java.util.concurrent.CountDownLatch(1);
      var finish = new java.util.concurrent.CountDownLatch(1);
      var moved = new java.util.concurrent.atomic.AtomicBoolean();
      Thread mover =
          new Thread(
              () ->
                  run.fastForwards()
                      .run(
                          () -> {
                            inside.countDown();
                            try {
                              finish.await();
                            } catch (InterruptedException e) {
                              throw new IllegalStateException(e);
                            }
                            moved.set(true);
                          }));
      mover.start();
      assertThat(inside.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

      Thread hook = new Thread(run::markInterrupted);
      hook.start();
      hook.join(500);
      assertThat(hook.isAlive()).as("the hook waits while the fast-forward runs").isTrue();
      assertThat(log.session().status()).isEqualTo("running");

      finish.countDown();
      hook.join(10_000);
      mover.join(10_000);
      assertThat(hook.isAlive()).isFalse();
      assertThat(moved).as("the fast-forward ran to its end").isTrue();
      assertThat(log.session().status()).isEqualTo("interrupted");
      assertThat(run.fastForwardInto("release"))
          .as("no fast-forward starts once the hook ran")
          .isFalse();
      assertThat(repo.ref("refs/heads/release")).isEqualTo(base);
      run.close();
      trees.close();
    }
  }

  // ---------------------------------------------------------------------------------------------

  private static Project open(GitFixture repo) {
    return Project.open(repo.root(), Optional.empty(), Optional.empty(), ScoreRepo.EXTENSIONS);
  }

  private static ImproveRequest iterations(int n) {
    return new ImproveRequest(Optional.of(n), Goal.DEFAULT, Optional.empty());
  }

  private static SessionResult improve(GitFixture repo, int n) {
    try (Project project = open(repo)) {
      return new Improver(project, new ScoreProposer(), Progress.SILENT, Clock.systemUTC())
          .run(iterations(n));
    }
  }

  private static SessionResult resume(GitFixture repo, String session, Optional<Integer> n) {
    try (Project project = open(repo)) {
      return new Improver(project, new ScoreProposer(), Progress.SILENT, Clock.systemUTC())
          .resume(session, n);
    }
  }

  /**
   * A session in a child JVM, hung while it measures a candidate whose score is {@code holdAt}; the
   * caller kills it.
   */
  private ChildJvm hungSession(GitFixture repo, int holdAt, int iterations) throws Exception {
    Path held = tmp.resolve("held-" + holdAt + "-" + System.nanoTime());
    ChildJvm child =
        ChildJvm.start(
            ScoreSessionChild.class,
            Map.of(ScoreRepo.HOLD_AT, String.valueOf(holdAt), ScoreRepo.HELD, held.toString()),
            repo.root().toString(),
            String.valueOf(iterations));
    Instant end = Instant.now().plus(Duration.ofMinutes(2));
    while (!Files.exists(held) && Instant.now().isBefore(end)) Thread.sleep(50);
    if (!Files.exists(held)) {
      String output = child.output();
      child.close();
      throw new AssertionError("the child session never reached score " + holdAt + ":\n" + output);
    }
    return child;
  }

  private static SessionLog onlySession(GitFixture repo) {
    List<SessionLog> sessions = new Ledger(repo.root().resolve("workspace")).sessions();
    assertThat(sessions).hasSize(1);
    return sessions.get(0);
  }

  private static List<String> sessionIds(GitFixture repo) throws IOException {
    try (Stream<Path> dirs = Files.list(repo.root().resolve("workspace/sessions"))) {
      return dirs.map(p -> p.getFileName().toString()).toList();
    }
  }

  /** Rewrites {@code session.json} as a process killed while running {@code s} leaves it. */
  private static void leftRunning(SessionLog log, SessionRecord s) throws Exception {
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    log.writeSession(
        s.ended(null, "running", null, s.tried(), s.accepted(), s.best())
            .runBy(new ProcessRecord(gone.pid(), ProcessRecord.current().host()), s.plan()));
  }

  private static String treeOf(GitFixture repo, String commit) throws IOException {
    try (RevWalk walk = new RevWalk(repo.git().getRepository())) {
      return walk.parseCommit(ObjectId.fromString(commit)).getTree().name();
    }
  }

  private static int commitsSince(GitFixture repo, String tip, String base) throws IOException {
    try (RevWalk walk = new RevWalk(repo.git().getRepository())) {
      walk.markStart(walk.parseCommit(ObjectId.fromString(tip)));
      walk.markUninteresting(walk.parseCommit(ObjectId.fromString(base)));
      int n = 0;
      while (walk.next() != null) n++;
      return n;
    }
  }

  private static void moveBranch(GitFixture repo, String branch, String commit) throws Exception {
    var update = repo.git().getRepository().updateRef("refs/heads/" + branch);
    update.setNewObjectId(ObjectId.fromString(commit));
    update.setForceUpdate(true);
    update.update();
  }

  /** A command line run in this JVM, with its exit code and output. */
  private record Cli(int code, String out, String err) {
    static Cli run(String... args) {
      var out = new ByteArrayOutputStream();
      var err = new ByteArrayOutputStream();
      int code =
          Main.run(
              new ByteArrayInputStream(new byte[0]),
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8),
              args);
      return new Cli(
          code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
  }
}
