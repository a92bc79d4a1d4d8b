package dev.kaizen.agent.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.testing.GitFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link UserRepositoryOpener}: which folders open as the user's repository, and the one line it
 * may write there.
 */
class UserRepositoryOpenerTest {

  @TempDir Path tmp;

  @Test
  void opens_the_repository_from_a_folder_inside_it() throws Exception {
    try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
      repo.write("src/main/java/A.java", "class A {}\n").commitAll("first");

      try (Repository user = UserRepositoryOpener.open(repo.root().resolve("src/main"))) {
        assertThat(user.getWorkTree().toPath()).isEqualTo(repo.root());
      }
    }
  }

  @Test
  void refuses_a_missing_folder_and_a_bare_repository() throws Exception {
    assertThatThrownBy(() -> UserRepositoryOpener.open(tmp.resolve("nope")))
        .isInstanceOf(UsageException.class)
        .hasMessageContaining("no such directory");
    Path bare = tmp.resolve("bare.git");
    Git.init().setBare(true).setDirectory(bare.toFile()).call().close();

    assertThatThrownBy(() -> UserRepositoryOpener.open(bare))
        .isInstanceOf(EnvironmentException.class)
        .hasMessageContaining("a bare repository has no working tree to improve");
  }

  @Test
  void excludes_a_workspace_inside_the_tree_once_after_the_last_line_of_the_exclude_file()
      throws Exception {
    try (GitFixture repo = GitFixture.init(tmp.resolve("repo"));
        Repository user = UserRepositoryOpener.open(repo.root())) {
      Path exclude = repo.root().resolve(".git/info/exclude");
      Files.createDirectories(exclude.getParent());
      Files.writeString(exclude, "*.log"); // no newline at the end

      UserRepositoryOpener.excludeFromStatus(user, repo.root().resolve("state/kaizen"));
      UserRepositoryOpener.excludeFromStatus(user, repo.root().resolve("state/kaizen"));

      assertThat(exclude).hasContent("*.log\n# Kaizen's runtime state\n/state/kaizen/\n");
    }
  }

  @Test
  void leaves_the_exclude_file_alone_for_a_workspace_outside_the_tree_or_already_excluded()
      throws Exception {
    try (GitFixture repo = GitFixture.init(tmp.resolve("repo"));
        Repository user = UserRepositoryOpener.open(repo.root())) {
      Path exclude = repo.root().resolve(".git/info/exclude");
      Files.createDirectories(exclude.getParent());
      Files.writeString(exclude, "workspace/\n");

      UserRepositoryOpener.excludeFromStatus(user, tmp.resolve("elsewhere"));
      UserRepositoryOpener.excludeFromStatus(user, repo.root());
      UserRepositoryOpener.excludeFromStatus(user, repo.root().resolve("workspace"));

      assertThat(exclude).hasContent("workspace/\n");
    }
  }
}
