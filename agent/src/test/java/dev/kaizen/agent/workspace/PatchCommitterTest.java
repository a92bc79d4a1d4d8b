package dev.kaizen.agent.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.patch.FileEdit;
import dev.kaizen.agent.patch.Patch;
import dev.kaizen.agent.testing.GitFixture;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PatchCommitter}: a commit made in memory, by Kaizen, that no ref points at until one is
 * set.
 */
class PatchCommitterTest {

  @TempDir Path tmp;

  /** A bare repository with one commit holding {@code README.md}. */
  private Repository bareWithOneCommit() throws Exception {
    try (GitFixture repo = GitFixture.init(tmp.resolve("repo"))) {
      repo.write("README.md", "hello\n").commitAll("first");
    }
    Path bare = tmp.resolve("clone.git");
    Git.cloneRepository()
        .setURI(tmp.resolve("repo").toUri().toString())
        .setBare(true)
        .setDirectory(bare.toFile())
        .call()
        .close();
    return new FileRepositoryBuilder().setGitDir(bare.toFile()).setMustExist(true).build();
  }

  @Test
  void commits_by_kaizen_with_the_message_and_moves_no_ref() throws Exception {
    try (Repository clone = bareWithOneCommit()) {
      String parent = clone.resolve("HEAD").name();
      Map<String, String> refsBefore = refs(clone);
      var info = new CommitInfo("Say more", "", Map.of("Kaizen-Session", "s1"));

      ApplyResult result =
          new PatchCommitter(clone)
              .commit(
                  parent, Patch.of(new FileEdit("README.md", "hello\n", "hello, more\n")), info);

      assertThat(result).isInstanceOf(ApplyResult.Committed.class);
      String commit = ((ApplyResult.Committed) result).commit();
      assertThat(refs(clone)).as("refs of the clone after the commit").isEqualTo(refsBefore);
      try (RevWalk walk = new RevWalk(clone)) {
        RevCommit c = walk.parseCommit(ObjectId.fromString(commit));
        assertThat(c.getFullMessage()).isEqualTo(info.message());
        assertThat(c.getAuthorIdent().getName()).isEqualTo("Kaizen");
        assertThat(c.getCommitterIdent().getEmailAddress()).isEqualTo("kaizen@localhost");
        assertThat(c.getParents()).extracting(p -> p.getId().name()).containsExactly(parent);
      }
    }
  }

  @Test
  void a_patch_that_leaves_the_tree_as_it_was_is_not_committed() throws Exception {
    try (Repository clone = bareWithOneCommit()) {
      String parent = clone.resolve("HEAD").name();

      ApplyResult result =
          new PatchCommitter(clone)
              .commit(
                  parent,
                  Patch.of(new FileEdit("README.md", "hello\n", "hello\n")),
                  new CommitInfo("Nothing", "", Map.of()));

      assertThat(result)
          .isEqualTo(new ApplyResult.NotApplied("README.md", "the patch changes nothing"));
    }
  }

  private static Map<String, String> refs(Repository repo) throws Exception {
    var refs = new TreeMap<String, String>();
    for (Ref ref : repo.getRefDatabase().getRefs()) {
      refs.put(ref.getName(), ref.getObjectId() == null ? "" : ref.getObjectId().name());
    }
    return refs;
  }
}
