package dev.kaizen.agent.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.patch.FileEdit;
import dev.kaizen.agent.patch.Patch;
import dev.kaizen.agent.testing.GitFixture;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pushing a branch from Kaizen's clone to another repository: fast-forward only, the user's tree
 * untouched, no secret in a message.
 */
class WorkspacePushTest {

  static final String SECRET = "ghs_workspacePushTestSecret0123456789";

  @TempDir Path tmp;

  private GitFixture repo() {
    GitFixture repo = GitFixture.init(tmp.resolve("repo"));
    repo.write("README.md", "hello\n").commitAll("first");
    return repo;
  }

  private static String commitOn(Workspace ws, String parent, String text) {
    String before = ws.readFile(parent, "README.md").orElseThrow();
    var r =
        ws.commit(
            parent,
            Patch.of(new FileEdit("README.md", before, text)),
            new CommitInfo("change", "", Map.of()));
    return ((ApplyResult.Committed) r).commit();
  }

  private Path bareRemote() throws Exception {
    Path dir = tmp.resolve("remote.git");
    try (Git git = Git.init().setBare(true).setDirectory(dir.toFile()).call()) {
      return dir;
    }
  }

  private static String remoteRef(Path bare, String name) throws Exception {
    try (Git git = Git.open(bare.toFile())) {
      Repository r = git.getRepository();
      var ref = r.exactRef("refs/heads/" + name);
      return ref == null ? null : ref.getObjectId().name();
    }
  }

  @Test
  void creates_then_fast_forwards_the_branch_without_touching_the_users_tree() throws Exception {
    try (GitFixture repo = repo();
        Workspace ws = Workspace.open(repo.root(), tmp.resolve("ws"))) {
      Path remote = bareRemote();
      String head = repo.head();
      String first = commitOn(ws, head, "hello, once\n");
      String second = commitOn(ws, first, "hello, twice\n");

      assertThat(ws.push(remote.toString(), "kaizen/s1", first, Optional.empty()))
          .isEqualTo(Pushed.CREATED);
      assertThat(remoteRef(remote, "kaizen/s1")).isEqualTo(first);
      assertThat(ws.push(remote.toUri().toString(), "kaizen/s1", second, Optional.empty()))
          .isEqualTo(Pushed.UPDATED);
      assertThat(ws.push(remote.toString(), "kaizen/s1", second, Optional.empty()))
          .isEqualTo(Pushed.UP_TO_DATE);
      assertThat(remoteRef(remote, "kaizen/s1")).isEqualTo(second);

      assertThat(repo.head()).isEqualTo(head);
      assertThat(repo.currentBranch()).isEqualTo("main");
      assertThat(repo.ref("refs/heads/kaizen/s1"))
          .as("nothing is pushed into the user's repository")
          .isNull();
      assertThat(repo.statusClean()).isTrue();
    }
  }

  @Test
  void never_overwrites_a_remote_branch_that_does_not_lead_to_the_commit() throws Exception {
    try (GitFixture repo = repo();
        Workspace ws = Workspace.open(repo.root(), tmp.resolve("ws"))) {
      Path remote = bareRemote();
      String a = commitOn(ws, repo.head(), "one way\n");
      String b = commitOn(ws, repo.head(), "another way\n");
      ws.push(remote.toString(), "kaizen/s1", a, Optional.empty());

      assertThatThrownBy(() -> ws.push(remote.toString(), "kaizen/s1", b, Optional.empty()))
          .isInstanceOf(EnvironmentException.class)
          .hasMessageContaining("has commits that do not lead to " + b.substring(0, 10))
          .hasMessageContaining("does not overwrite");
      assertThat(remoteRef(remote, "kaizen/s1")).isEqualTo(a);
    }
  }

  @Test
  void a_commit_the_clone_does_not_have_is_not_pushed() throws Exception {
    try (GitFixture repo = repo();
        Workspace ws = Workspace.open(repo.root(), tmp.resolve("ws"))) {
      Path remote = bareRemote();
      assertThatThrownBy(
              () ->
                  ws.push(
                      remote.toString(),
                      "kaizen/s1",
                      "0123456789abcdef0123456789abcdef01234567",
                      Optional.empty()))
          .isInstanceOf(EnvironmentException.class)
          .hasMessageContaining("is not in Kaizen's clone");
      assertThatThrownBy(
              () -> ws.push(remote.toString(), "kaizen/bad..name", repo.head(), Optional.empty()))
          .isInstanceOf(UsageException.class);
    }
  }

  @Test
  void an_unreachable_https_remote_fails_without_showing_the_secret() {
    try (GitFixture repo = repo();
        Workspace ws = Workspace.open(repo.root(), tmp.resolve("ws"))) {
      var login = new RemoteLogin("x-access-token", SECRET);
      assertThat(login.toString()).doesNotContain(SECRET);

      assertThatThrownBy(
              () ->
                  ws.push(
                      "https://127.0.0.1:1/owner/repo.git",
                      "kaizen/s1",
                      repo.head(),
                      Optional.of(login)))
          .isInstanceOf(EnvironmentException.class)
          .hasMessageContaining("could not push kaizen/s1 to https://127.0.0.1:1/owner/repo.git")
          .hasNoCause()
          .message()
          .doesNotContain(SECRET);
      assertThatThrownBy(
              () ->
                  ws.push(
                      "https://user:" + SECRET + "@127.0.0.1:1/owner/repo.git",
                      "kaizen/s1",
                      repo.head(),
                      Optional.empty()))
          .isInstanceOf(EnvironmentException.class)
          .message()
          .doesNotContain(SECRET)
          .contains("https://127.0.0.1:1/owner/repo.git");
    }
  }
}
