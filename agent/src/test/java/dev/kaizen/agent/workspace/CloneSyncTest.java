package dev.kaizen.agent.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.testing.GitFixture;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link CloneSync}: one bare clone per user tree, brought up to date with the user's branches,
 * tags and HEAD.
 */
class CloneSyncTest {

  @TempDir Path tmp;

  @Test
  void makes_the_clone_once_and_fetches_the_users_branches_tags_and_head_into_it()
      throws Exception {
    try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
      String first = repo.write("README.md", "hello\n").commitAll("first");
      Path ws = tmp.resolve("ws");
      Path cloneDir;
      try (Repository user = UserRepositoryOpener.open(repo.root());
          Repository clone = CloneSync.openOrClone(user, ws)) {
        cloneDir = clone.getDirectory().toPath();
        assertThat(clone.isBare()).isTrue();
        assertThat(cloneDir.getParent()).isEqualTo(ws.resolve("repos"));
        assertThat(cloneDir.getFileName().toString()).startsWith("repo-").endsWith(".git");
      }

      repo.createBranch("topic");
      repo.git().tag().setName("v1").call();
      String second = repo.write("README.md", "hello again\n").commitAll("second");
      try (Repository user = UserRepositoryOpener.open(repo.root());
          Repository clone = CloneSync.openOrClone(user, ws)) {
        assertThat(clone.getDirectory().toPath())
            .as("the same clone, opened again")
            .isEqualTo(cloneDir);

        CloneSync.fetch(user, clone);

        assertThat(clone.resolve("refs/remotes/user/main").name()).isEqualTo(second);
        assertThat(clone.resolve("refs/remotes/user/topic").name()).isEqualTo(first);
        assertThat(clone.resolve("refs/tags/v1^{commit}").name()).isEqualTo(first);
        assertThat(clone.resolve(CloneSync.USER_HEAD).name()).isEqualTo(second);
      }
      assertThat(repo.head()).isEqualTo(second);
      assertThat(repo.currentBranch()).isEqualTo("main");
      assertThat(repo.statusClean()).isTrue();
    }
  }
}
