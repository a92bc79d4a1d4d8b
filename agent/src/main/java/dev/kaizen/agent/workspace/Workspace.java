package dev.kaizen.agent.workspace;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.patch.Patch;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;

/**
 * The user's repository, read only, and Kaizen's own bare clone of it, where candidate commits are
 * made. Every branch update is a compare-and-swap: it fails rather than overwrite a ref that moved.
 *
 * <p>A thin front: it opens the two repositories and hands each request to one small command of
 * this package — {@link UserRepositoryOpener} and {@link CloneSync} (opening, cloning, fetching),
 * {@link UserRefs} (questions about the user's repository), {@link PatchCommitter} (commits built
 * in memory), {@link CommitComparison} (diffs and changed paths), {@link CommitFiles} (reading and
 * exporting trees), {@link CloneBranches} (the clone's branches), {@link UserBranchPublisher}
 * (branches published into the user's repository), {@link UserFastForward} ({@code --into}) and
 * {@link RemotePush} (pushes to a remote). Reads of a commit go to the clone when it has the
 * commit, else to the user's repository.
 */
public final class Workspace implements AutoCloseable {

  private final Repository user;
  private final Repository clone;

  private Workspace(Repository user, Repository clone) {
    this.user = user;
    this.clone = clone;
  }

  /**
   * Opens the repository around {@code start} and Kaizen's clone of it under {@code
   * workspaceDir/repos/}, making the clone when there is none and fetching the user's branches,
   * tags and HEAD into it.
   *
   * @throws EnvironmentException when {@code start} is not in a git repository, or it has no commit
   */
  public static Workspace open(Path start, Path workspaceDir) {
    Repository user = UserRepositoryOpener.open(start);
    Repository clone = null;
    try {
      UserRepositoryOpener.requireCommit(user);
      UserRepositoryOpener.excludeFromStatus(user, workspaceDir);
      clone = CloneSync.openOrClone(user, workspaceDir);
      CloneSync.fetch(user, clone);
      return new Workspace(user, clone);
    } catch (IOException e) {
      closeAll(clone, user);
      throw new EnvironmentException(
          "cannot read the repository at " + user.getDirectory() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeAll(clone, user);
      throw e;
    }
  }

  private static void closeAll(Repository clone, Repository user) {
    if (clone != null) clone.close();
    user.close();
  }

  /** The root of the user's working tree. */
  public Path userTree() {
    return userRefs().tree();
  }

  /** The commit the user's HEAD points at. */
  public String headCommit() {
    return resolve("HEAD");
  }

  /** The branch the user has checked out; empty when HEAD is detached. */
  public Optional<String> currentBranch() {
    return userRefs().currentBranch();
  }

  /**
   * Whether the user's working tree or index has changes not committed (untracked files do not
   * count).
   */
  public boolean userTreeDirty() {
    return userRefs().treeDirty();
  }

  /**
   * Resolves a revision of the user's repository (a branch, tag, {@code HEAD~2}, an id) to a commit
   * id.
   *
   * @throws UsageException naming the revision when it does not resolve to a commit
   */
  public String resolve(String revision) {
    return userRefs().resolve(revision);
  }

  /** Whether the user's repository has branch {@code name}. */
  public boolean userHasBranch(String name) {
    return userRefs().hasBranch(name);
  }

  /** The commit a branch of the user's repository points at, when it exists. */
  public Optional<String> userBranch(String name) {
    return userRefs().branch(name);
  }

  /** A file's text at a commit, when the file exists there. */
  public Optional<String> readFile(String commit, String path) {
    return new CommitFiles(repositoryHaving(commit)).read(commit, path);
  }

  /**
   * Commits {@code patch} on top of {@code parent} in Kaizen's clone, without a checkout. Each
   * edit's {@code before} must equal the file at {@code parent}. An edit of a path that does not
   * exist at {@code parent} creates it, as a regular file with the folders it needs, and must have
   * an empty {@code before}; a path that exists with content cannot be created again.
   */
  public ApplyResult commit(String parent, Patch patch, CommitInfo info) {
    return new PatchCommitter(clone).commit(parent, patch, info);
  }

  /** The unified diff between two commits. */
  public String diff(String from, String to) {
    return new CommitComparison(repositoryHaving(to)).diff(from, to);
  }

  /**
   * What changed between two commits, one entry per path: added, modified, deleted (renames are a
   * deletion and an addition).
   */
  public List<ChangedPath> changedPaths(String from, String to) {
    return new CommitComparison(repositoryHaving(to)).changedPaths(from, to);
  }

  /**
   * Writes the files of {@code commit} into {@code dir} (which must not exist or be empty), with
   * executable bits and symbolic links; submodules are left out.
   */
  public void export(String commit, Path dir) {
    new CommitFiles(repositoryHaving(commit)).export(commit, dir);
  }

  /** The commit a branch of Kaizen's clone points at, when it exists. */
  public Optional<String> branch(String name) {
    return new CloneBranches(clone).get(name);
  }

  /**
   * Points a branch of Kaizen's clone at {@code commit}, only if it still points at {@code
   * expected} (empty: only if it does not exist yet).
   *
   * @throws EnvironmentException when the branch moved
   */
  public void setBranch(String name, Optional<String> expected, String commit) {
    new CloneBranches(clone).set(name, expected, commit);
  }

  /**
   * Removes a branch of Kaizen's clone, only if it still points at {@code expected}.
   *
   * @throws EnvironmentException when the branch moved
   */
  public void deleteBranch(String name, String expected) {
    new CloneBranches(clone).delete(name, expected);
  }

  /** Whether {@code commit} is a commit of Kaizen's clone or of the user's repository. */
  public boolean hasCommit(String commit) {
    return GitIds.isCommit(clone, commit) || GitIds.isCommit(user, commit);
  }

  /**
   * Pushes {@code commit} to branch {@code name} of the user's repository, only if that branch
   * still points at {@code expected} (empty: only if it does not exist). Never the checked-out
   * branch.
   */
  public void publish(String name, Optional<String> expected, String commit) {
    new UserBranchPublisher(user, clone).publish(name, expected, commit);
  }

  /**
   * Pushes {@code commit} from Kaizen's clone to branch {@code name} of another repository ({@code
   * remote}: an HTTPS URL, or a path or {@code file:} URL of a repository), as a fast-forward only:
   * a remote branch that does not lead to {@code commit} is never overwritten. The user's
   * repository is not involved. {@code login}, when given, answers an HTTPS remote's request for
   * credentials; its secret never appears in a message.
   *
   * @throws UsageException when git does not allow {@code name} as a branch
   * @throws EnvironmentException when the commit is not in the clone, the remote cannot be reached
   *     or refuses the push
   */
  public Pushed push(String remote, String name, String commit, Optional<RemoteLogin> login) {
    return new RemotePush(clone).push(remote, name, commit, login);
  }

  /**
   * Fast-forwards the user's branch {@code name} to {@code commit}, which must already be in the
   * user's repository (see {@link #publish}) and descend from the branch. When the branch is
   * checked out, its working tree must be clean, and it is updated as {@code git merge --ff-only}
   * would.
   *
   * @throws UsageException when the branch is missing, diverged, or checked out with changes
   */
  public void fastForward(String name, String commit) {
    new UserFastForward(user).fastForward(name, commit);
  }

  /**
   * Makes {@code dir} a new repository on branch {@code main} holding one commit by Kaizen of
   * everything in it.
   *
   * @throws EnvironmentException when git cannot
   */
  public static void initAndCommitAll(Path dir, String message) {
    RepositoryInit.commitAll(dir, message);
  }

  /** The short form of a commit id used in messages. */
  public static String abbreviate(String commit) {
    return GitIds.abbreviate(commit);
  }

  @Override
  public void close() {
    clone.close();
    user.close();
  }

  private UserRefs userRefs() {
    return new UserRefs(user);
  }

  private Repository repositoryHaving(String commit) {
    try {
      return clone.getObjectDatabase().has(ObjectId.fromString(commit)) ? clone : user;
    } catch (IOException e) {
      return user;
    }
  }
}
