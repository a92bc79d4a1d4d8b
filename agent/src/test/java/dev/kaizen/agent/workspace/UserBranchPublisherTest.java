package dev.kaizen.agent.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.patch.FileEdit;
import dev.kaizen.agent.patch.Patch;
import dev.kaizen.agent.testing.GitFixture;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.eclipse.jgit.lib.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link UserBranchPublisher} never writes the branch the user has checked out, whatever is
 * expected of it.
 */
class UserBranchPublisherTest {

  @TempDir Path tmp;

  @Test
  void never_publishes_to_the_checked_out_branch() throws Exception {
    try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
      String base = repo.write("README.md", "hello\n").commitAll("first");
      try (Repository user = UserRepositoryOpener.open(repo.root());
          Repository clone = CloneSync.openOrClone(user, tmp.resolve("ws"))) {
        var committed =
            (ApplyResult.Committed)
                new PatchCommitter(clone)
                    .commit(
                        base,
                        Patch.of(new FileEdit("README.md", "hello\n", "hello 1\n")),
                        new CommitInfo("one", "", Map.of()));

        assertThatThrownBy(
                () ->
                    new UserBranchPublisher(user, clone)
                        .publish("main", Optional.of(base), committed.commit()))
            .isInstanceOf(UsageException.class)
            .hasMessage(
                "branch main is checked out in "
                    + repo.root()
                    + "; Kaizen does not move a checked-out branch");
      }
      assertThat(repo.head()).isEqualTo(base);
      assertThat(repo.read("README.md")).isEqualTo("hello\n");
      assertThat(repo.statusClean()).isTrue();
    }
  }
}
