package dev.kaizen.agent.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.testing.GitFixture;
import java.nio.file.Path;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link UserFastForward} moves a branch only forward, and leaves it as it is otherwise. */
class UserFastForwardTest {

  @TempDir Path tmp;

  @Test
  void leaves_a_branch_that_does_not_lead_to_the_commit_where_it_is() throws Exception {
    try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
      String base = repo.write("README.md", "hello\n").commitAll("first");
      repo.createBranch("release");
      String mainOnly = repo.write("README.md", "main moved on\n").commitAll("on main");
      repo.checkout("release");
      String releaseOnly = repo.write("README.md", "release moved on\n").commitAll("on release");
      repo.checkout("main");

      try (Repository user = UserRepositoryOpener.open(repo.root())) {
        assertThatThrownBy(() -> new UserFastForward(user).fastForward("release", mainOnly))
            .isInstanceOf(UsageException.class)
            .hasMessage(
                "--into release: the branch has moved since the session started; the result stays on its session branch");
        assertThatThrownBy(() -> new UserFastForward(user).fastForward("nope", mainOnly))
            .isInstanceOf(UsageException.class)
            .hasMessage("--into nope: no such branch in " + repo.root());
        assertThatThrownBy(
                () ->
                    new UserFastForward(user)
                        .fastForward("release", "0123456789abcdef0123456789abcdef01234567"))
            .isInstanceOf(EnvironmentException.class)
            .hasMessage("--into release: commit 0123456789 is not in " + repo.root() + " yet");
      }
      assertThat(repo.ref("refs/heads/release")).isEqualTo(releaseOnly);
      assertThat(repo.head()).isEqualTo(mainOnly).isNotEqualTo(base);
    }
  }
}
