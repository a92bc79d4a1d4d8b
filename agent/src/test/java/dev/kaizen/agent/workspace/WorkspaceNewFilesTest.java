package dev.kaizen.agent.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kaizen.agent.patch.FileEdit;
import dev.kaizen.agent.patch.Patch;
import dev.kaizen.agent.testing.GitFixture;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.treewalk.TreeWalk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Workspace#commit} with edits that create files. */
class WorkspaceNewFilesTest {

  private static final String A = "src/main/java/demo/A.java";
  private static final CommitInfo INFO = new CommitInfo("Add files", "", Map.of());

  @TempDir Path tmp;

  private GitFixture repoWithOneCommit() {
    GitFixture repo = GitFixture.init(tmp.resolve("repo"));
    repo.write(A, "class A {}\n")
        .write("README.md", "hello\n")
        .write("empty.txt", "")
        .commitAll("first");
    return repo;
  }

  private Workspace open(GitFixture repo) {
    return Workspace.open(repo.root(), tmp.resolve("ws"));
  }

  @Test
  void adds_a_file_in_a_new_nested_folder_without_touching_the_users_tree_or_branch()
      throws Exception {
    try (GitFixture repo = repoWithOneCommit();
        Workspace ws = open(repo)) {
      String base = repo.head();
      String path = "src/main/java/demo/util/deep/Helper.java";

      ApplyResult result =
          ws.commit(base, Patch.of(new FileEdit(path, "", "class Helper {}\n")), INFO);

      assertThat(result).as("creating %s", path).isInstanceOf(ApplyResult.Committed.class);
      String commit = ((ApplyResult.Committed) result).commit();
      assertThat(ws.readFile(commit, path)).contains("class Helper {}\n");
      assertThat(modeAt(commit, path)).as("mode of the new file").isEqualTo(FileMode.REGULAR_FILE);
      assertThat(ws.readFile(commit, A)).contains("class A {}\n");
      assertThat(ws.readFile(commit, "README.md")).contains("hello\n");
      assertThat(ws.changedPaths(base, commit))
          .containsExactly(new ChangedPath(path, ChangedPath.Kind.ADDED));
      assertThat(repo.head()).as("user's HEAD").isEqualTo(base);
      assertThat(repo.currentBranch()).isEqualTo("main");
      assertThat(repo.root().resolve(path)).as("the user's working tree").doesNotExist();
      assertThat(repo.root().resolve("src/main/java/demo/util")).doesNotExist();
      assertThat(repo.statusClean()).isTrue();
    }
  }

  @Test
  void adds_a_file_next_to_modified_ones_in_one_commit() {
    try (GitFixture repo = repoWithOneCommit();
        Workspace ws = open(repo)) {
      String base = repo.head();
      var patch =
          Patch.of(
              new FileEdit(A, "class A {}\n", "class A { B b; }\n"),
              new FileEdit("src/main/java/demo/B.java", "", "class B {}\n"),
              new FileEdit("README.md", "hello\n", "hello, B\n"));

      ApplyResult result = ws.commit(base, patch, INFO);

      assertThat(result).isInstanceOf(ApplyResult.Committed.class);
      var committed = (ApplyResult.Committed) result;
      assertThat(committed.parent()).isEqualTo(base);
      assertThat(ws.readFile(committed.commit(), A)).contains("class A { B b; }\n");
      assertThat(ws.readFile(committed.commit(), "src/main/java/demo/B.java"))
          .contains("class B {}\n");
      assertThat(ws.readFile(committed.commit(), "README.md")).contains("hello, B\n");
      assertThat(ws.changedPaths(base, committed.commit()))
          .containsExactlyInAnyOrder(
              new ChangedPath(A, ChangedPath.Kind.MODIFIED),
              new ChangedPath("src/main/java/demo/B.java", ChangedPath.Kind.ADDED),
              new ChangedPath("README.md", ChangedPath.Kind.MODIFIED));
    }
  }

  @Test
  void diff_shows_a_new_file_as_git_does() {
    try (GitFixture repo = repoWithOneCommit();
        Workspace ws = open(repo)) {
      String path = "docs/guide.md";

      var committed =
          (ApplyResult.Committed)
              ws.commit(repo.head(), Patch.of(new FileEdit(path, "", "# Guide\nRead me.\n")), INFO);

      assertThat(committed.diff())
          .contains(
              "diff --git a/" + path + " b/" + path + "\nnew file mode 100644\nindex 0000000..")
          .contains("--- /dev/null\n+++ b/" + path + "\n@@ -0,0 +1,2 @@\n+# Guide\n+Read me.\n");
    }
  }

  @Test
  void refuses_to_create_a_file_that_already_exists_with_content() {
    try (GitFixture repo = repoWithOneCommit();
        Workspace ws = open(repo)) {
      String base = repo.head();

      assertThat(ws.commit(base, Patch.of(new FileEdit("README.md", "", "new\n")), INFO))
          .isEqualTo(
              new ApplyResult.NotApplied(
                  "README.md",
                  "the file already exists at "
                      + Workspace.abbreviate(base)
                      + "; the proposal was made as if it were new"));
    }
  }

  @Test
  void an_existing_empty_file_is_edited_not_refused() {
    try (GitFixture repo = repoWithOneCommit();
        Workspace ws = open(repo)) {
      String base = repo.head();

      ApplyResult result =
          ws.commit(base, Patch.of(new FileEdit("empty.txt", "", "now something\n")), INFO);

      assertThat(result)
          .as("an edit made against the empty file's content")
          .isInstanceOf(ApplyResult.Committed.class);
      assertThat(ws.changedPaths(base, ((ApplyResult.Committed) result).commit()))
          .containsExactly(new ChangedPath("empty.txt", ChangedPath.Kind.MODIFIED));
    }
  }

  @Test
  void refuses_to_change_a_file_that_does_not_exist() {
    try (GitFixture repo = repoWithOneCommit();
        Workspace ws = open(repo)) {
      String base = repo.head();
      var patch =
          Patch.of(
              new FileEdit(A, "class A {}\n", "class A { int x; }\n"),
              new FileEdit("docs/Nope.md", "old\n", "new\n"));

      assertThat(ws.commit(base, patch, INFO))
          .as("the whole patch is refused")
          .isEqualTo(
              new ApplyResult.NotApplied(
                  "docs/Nope.md", "no such file at " + Workspace.abbreviate(base)));
    }
  }

  @Test
  void refuses_paths_git_does_not_allow() {
    try (GitFixture repo = repoWithOneCommit();
        Workspace ws = open(repo)) {
      for (String path :
          new String[] {
            ".git/config", "src/.GIT/hooks/pre-commit", "git~1/config", "a/.git./b", ".git"
          }) {
        ApplyResult result = ws.commit(repo.head(), Patch.of(new FileEdit(path, "", "x\n")), INFO);

        assertThat(result).as(path).isInstanceOf(ApplyResult.NotApplied.class);
        assertThat(((ApplyResult.NotApplied) result).reason())
            .as(path)
            .startsWith("git does not allow this path (invalid name '");
      }
      assertThat(repo.read(".git/config")).doesNotContain("x\n");
    }
  }

  @Test
  void refuses_a_file_where_a_folder_is_or_under_a_file() {
    try (GitFixture repo = repoWithOneCommit();
        Workspace ws = open(repo)) {
      String base = repo.head();
      String at = Workspace.abbreviate(base);

      assertThat(ws.commit(base, Patch.of(new FileEdit("src/main", "", "x\n")), INFO))
          .isEqualTo(new ApplyResult.NotApplied("src/main", "a folder at " + at + ", not a file"));
      assertThat(ws.commit(base, Patch.of(new FileEdit("README.md/more.md", "", "x\n")), INFO))
          .isEqualTo(
              new ApplyResult.NotApplied(
                  "README.md/more.md", "README.md is a file at " + at + ", not a folder"));
      assertThat(
              ws.commit(
                  base,
                  Patch.of(new FileEdit("lib", "", "x\n"), new FileEdit("lib/a.txt", "", "y\n")),
                  INFO))
          .isEqualTo(
              new ApplyResult.NotApplied("lib/a.txt", "the patch also creates lib as a file"));
    }
  }

  /** The mode of {@code path} in {@code commit} of Kaizen's clone. */
  private FileMode modeAt(String commit, String path) throws Exception {
    Path cloneDir;
    try (var dirs = Files.list(tmp.resolve("ws/repos"))) {
      cloneDir = dirs.findFirst().orElseThrow();
    }
    try (Repository clone =
            new FileRepositoryBuilder().setGitDir(cloneDir.toFile()).setMustExist(true).build();
        RevWalk walk = new RevWalk(clone);
        TreeWalk tw =
            TreeWalk.forPath(
                clone, path, walk.parseCommit(ObjectId.fromString(commit)).getTree())) {
      assertThat(tw).as("%s in %s", path, commit).isNotNull();
      return tw.getFileMode(0);
    }
  }
}
