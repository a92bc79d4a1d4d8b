package dev.kaizen.agent.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.patch.FileEdit;
import dev.kaizen.agent.patch.Patch;
import dev.kaizen.agent.testing.GitFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceTest {

  @TempDir Path tmp;

  private GitFixture repoWithOneCommit() {
    GitFixture repo = GitFixture.init(tmp.resolve("repo"));
    repo.write("src/main/java/demo/A.java", "class A {}\n")
        .write("README.md", "hello\n")
        .commitAll("first");
    return repo;
  }

  @Test
  void not_a_git_repository_is_an_environment_error_naming_the_folder() throws Exception {
    Path plain = Files.createDirectories(tmp.resolve("plain"));
    assertThatThrownBy(() -> Workspace.open(plain, tmp.resolve("ws")))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("not a git repository")
        .hasMessageContaining(plain.toString());
  }

  @Test
  void repository_without_commits_is_an_environment_error() {
    try (GitFixture repo = GitFixture.init(tmp.resolve("empty"))) {
      assertThatThrownBy(() -> Workspace.open(repo.root(), repo.root().resolve("workspace")))
          .isInstanceOf(EnvironmentException.class)
          .hasMessageContaining("has no commit yet");
    }
  }

  @Test
  void workspace_inside_the_repository_is_excluded_from_git_status() {
    try (GitFixture repo = repoWithOneCommit();
        Workspace ws = Workspace.open(repo.root(), repo.root().resolve("workspace"))) {
      assertThat(ws.userTree()).isEqualTo(repo.root());
      assertThat(repo.root().resolve("workspace/repos")).isDirectory();
      assertThat(repo.statusClean()).as("git status after opening the workspace").isTrue();
      assertThat(repo.read(".git/info/exclude")).contains("/workspace/");
    }
    // opening twice does not add the line twice
    try (GitFixture repo = GitFixture.init(tmp.resolve("repo"));
        Workspace ws = Workspace.open(repo.root(), repo.root().resolve("workspace"))) {
      assertThat(ws.headCommit()).isEqualTo(repo.head());
      String exclude = repo.read(".git/info/exclude");
      assertThat(exclude.indexOf("/workspace/")).isEqualTo(exclude.lastIndexOf("/workspace/"));
    }
  }

  @Test
  void commits_a_patch_with_trailers_without_touching_the_users_tree_or_branch() throws Exception {
    try (GitFixture repo = repoWithOneCommit();
        Workspace ws = Workspace.open(repo.root(), tmp.resolve("ws"))) {
      String base = repo.head();
      var edit = new FileEdit("src/main/java/demo/A.java", "class A {}\n", "class A { int x; }\n");
      var info =
          new CommitInfo(
              "Add a field", "Because.", Map.of("Kaizen-Session", "s1", "Kaizen-Iteration", "1"));

      ApplyResult result = ws.commit(base, Patch.of(edit), info);

      assertThat(result).isInstanceOf(ApplyResult.Committed.class);
      var committed = (ApplyResult.Committed) result;
      assertThat(committed.parent()).isEqualTo(base);
      assertThat(committed.diff()).contains("-class A {}").contains("+class A { int x; }");
      assertThat(ws.readFile(committed.commit(), "src/main/java/demo/A.java"))
          .contains("class A { int x; }\n");
      assertThat(ws.readFile(committed.commit(), "README.md")).contains("hello\n");
      assertThat(repo.head()).as("user's HEAD").isEqualTo(base);
      assertThat(repo.currentBranch()).isEqualTo("main");
      assertThat(repo.read("src/main/java/demo/A.java")).isEqualTo("class A {}\n");
      assertThat(repo.statusClean()).isTrue();
      assertThat(message(tmp.resolve("ws"), committed.commit()))
          .startsWith("Add a field\n\nBecause.\n\n")
          .contains("Kaizen-Session: s1\n")
          .contains("Kaizen-Iteration: 1\n");
    }
  }

  private static String message(Path ws, String commit) throws Exception {
    Path cloneDir;
    try (var dirs = Files.list(ws.resolve("repos"))) {
      cloneDir = dirs.findFirst().orElseThrow();
    }
    try (var repo =
            new org.eclipse.jgit.storage.file.FileRepositoryBuilder()
                .setGitDir(cloneDir.toFile())
                .build();
        RevWalk walk = new RevWalk(repo)) {
      RevCommit c = walk.parseCommit(ObjectId.fromString(commit));
      return c.getFullMessage();
    }
  }

  /** Commits "hello 1" over the README of {@link #repoWithOneCommit()} on top of {@code base}. */
  private static ApplyResult.Committed commitReadmeEdit(Workspace ws, String base) {
    return (ApplyResult.Committed)
        ws.commit(
            base,
            Patch.of(new FileEdit("README.md", "hello\n", "hello 1\n")),
            new CommitInfo("one", "", Map.of()));
  }

  @Test
  void patch_made_against_other_content_is_not_applied_and_says_why() {
    try (GitFixture repo = repoWithOneCommit();
        Workspace ws = Workspace.open(repo.root(), tmp.resolve("ws"))) {
      var stale =
          new FileEdit("src/main/java/demo/A.java", "class A { old }\n", "class A { new }\n");
      var missing =
          new FileEdit("src/main/java/demo/Nope.java", "class Nope { old }\n", "class Nope {}\n");
      var info = new CommitInfo("x", "", Map.of());

      assertThat(ws.commit(repo.head(), Patch.of(stale), info))
          .isEqualTo(
              new ApplyResult.NotApplied(
                  "src/main/java/demo/A.java",
                  "the file at "
                      + Workspace.abbreviate(repo.head())
                      + " differs from what the proposal was made against"));
      assertThat(ws.commit(repo.head(), Patch.of(missing), info))
          .isInstanceOf(ApplyResult.NotApplied.class)
          .extracting(r -> ((ApplyResult.NotApplied) r).reason())
          .asString()
          .contains("no such file");
    }
  }

  @Test
  void exports_a_commit_with_executable_bits() throws Exception {
    try (GitFixture repo = repoWithOneCommit()) {
      repo.write("run.sh", "#!/bin/sh\necho hi\n");
      Files.setPosixFilePermissions(
          repo.root().resolve("run.sh"),
          java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
      String commit = repo.commitAll("script");
      try (Workspace ws = Workspace.open(repo.root(), tmp.resolve("ws"))) {
        Path out = tmp.resolve("out");
        ws.export(commit, out);
        assertThat(out.resolve("src/main/java/demo/A.java")).hasContent("class A {}");
        assertThat(Files.getPosixFilePermissions(out.resolve("run.sh")))
            .contains(PosixFilePermission.OWNER_EXECUTE);
        assertThat(out.resolve(".git")).doesNotExist();
      }
    }
  }

  @Test
  void branch_updates_are_compare_and_swap() {
    try (GitFixture repo = repoWithOneCommit();
        Workspace ws = Workspace.open(repo.root(), tmp.resolve("ws"))) {
      String base = repo.head();
      var c1 = commitReadmeEdit(ws, base);

      ws.setBranch("kaizen/s", Optional.empty(), base);
      ws.setBranch("kaizen/s", Optional.of(base), c1.commit());
      assertThat(ws.branch("kaizen/s")).contains(c1.commit());

      assertThatThrownBy(() -> ws.setBranch("kaizen/s", Optional.of(base), base))
          .isInstanceOf(EnvironmentException.class)
          .hasMessageContaining("moved");
      assertThatThrownBy(() -> ws.setBranch("kaizen/s", Optional.empty(), base))
          .isInstanceOf(EnvironmentException.class);
      assertThat(ws.branch("kaizen/s")).contains(c1.commit());
    }
  }

  @Test
  void publishes_the_session_branch_into_the_users_repository_without_moving_their_branch() {
    try (GitFixture repo = repoWithOneCommit();
        Workspace ws = Workspace.open(repo.root(), tmp.resolve("ws"))) {
      String base = repo.head();
      var c1 = commitReadmeEdit(ws, base);

      ws.publish("kaizen/s", Optional.empty(), c1.commit());

      assertThat(repo.ref("refs/heads/kaizen/s")).isEqualTo(c1.commit());
      assertThat(repo.head()).isEqualTo(base);
      assertThat(repo.statusClean()).isTrue();
      assertThatThrownBy(() -> ws.publish("kaizen/s", Optional.empty(), base))
          .as("a stale expectation must not overwrite the branch")
          .isInstanceOf(EnvironmentException.class);
      assertThat(repo.ref("refs/heads/kaizen/s")).isEqualTo(c1.commit());
    }
  }

  @Test
  void fast_forwards_a_branch_that_is_not_checked_out() {
    try (GitFixture repo = repoWithOneCommit();
        Workspace ws = Workspace.open(repo.root(), tmp.resolve("ws"))) {
      String base = repo.head();
      repo.createBranch("release");
      var c1 = commitReadmeEdit(ws, base);
      ws.publish("kaizen/s", Optional.empty(), c1.commit());

      ws.fastForward("release", c1.commit());

      assertThat(repo.ref("refs/heads/release")).isEqualTo(c1.commit());
      assertThat(repo.head()).isEqualTo(base);
    }
  }

  @Test
  void fast_forwards_the_checked_out_branch_only_when_its_tree_is_clean() {
    try (GitFixture repo = repoWithOneCommit();
        Workspace ws = Workspace.open(repo.root(), tmp.resolve("ws"))) {
      String base = repo.head();
      var c1 = commitReadmeEdit(ws, base);
      ws.publish("kaizen/s", Optional.empty(), c1.commit());
      repo.write("src/main/java/demo/A.java", "class A { /* mine */ }\n");

      assertThatThrownBy(() -> ws.fastForward("main", c1.commit()))
          .isInstanceOf(UsageException.class)
          .hasMessageContaining("uncommitted changes");
      assertThat(repo.head()).isEqualTo(base);
      assertThat(repo.read("src/main/java/demo/A.java")).isEqualTo("class A { /* mine */ }\n");

      repo.write("src/main/java/demo/A.java", "class A {}\n");
      ws.fastForward("main", c1.commit());
      assertThat(repo.head()).isEqualTo(c1.commit());
      assertThat(repo.read("README.md")).isEqualTo("hello 1\n");
      assertThat(repo.statusClean()).isTrue();
    }
  }

  @Test
  void unknown_revision_is_a_usage_error_naming_it() {
    try (GitFixture repo = repoWithOneCommit();
        Workspace ws = Workspace.open(repo.root(), tmp.resolve("ws"))) {
      assertThatThrownBy(() -> ws.resolve("no-such-branch"))
          .isInstanceOf(UsageException.class)
          .hasMessageContaining("'no-such-branch'");
      assertThat(ws.resolve("HEAD")).isEqualTo(repo.head());
    }
  }
}
