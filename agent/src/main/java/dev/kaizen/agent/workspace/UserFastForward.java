package dev.kaizen.agent.workspace;

import static dev.kaizen.agent.workspace.GitIds.abbreviate;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import java.io.IOException;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Fast-forwards a branch of the user's repository ({@code --into}), the one change Kaizen makes to
 * a branch the user asked for. Promises: only a fast-forward, from where the branch is now to a
 * commit that descends from it; a branch that is not checked out moves by compare-and-swap and
 * nothing else changes; the checked-out branch moves only when its working tree is clean, as {@code
 * git merge --ff-only} would move it; a branch that moved, diverged or has uncommitted changes is
 * left as it is.
 */
final class UserFastForward {

  private final Repository user;

  UserFastForward(Repository user) {
    this.user = user;
  }

  /**
   * Fast-forwards branch {@code name} to {@code commit}, which must already be in the user's
   * repository and descend from the branch.
   *
   * @throws UsageException when the branch is missing, diverged, or checked out with changes
   * @throws EnvironmentException when the commit is not in the user's repository yet
   */
  void fastForward(String name, String commit) {
    var refs = new UserRefs(user);
    String current =
        refs.branch(name)
            .orElseThrow(
                () -> new UsageException("--into " + name + ": no such branch in " + refs.tree()));
    if (current.equals(commit)) return;
    try (RevWalk walk = new RevWalk(user)) {
      RevCommit target = walk.parseCommit(ObjectId.fromString(commit));
      RevCommit old = walk.parseCommit(ObjectId.fromString(current));
      if (!walk.isMergedInto(old, target)) {
        throw new UsageException(
            "--into "
                + name
                + ": the branch has moved since the session started; the result stays on its session branch");
      }
      if (refs.currentBranch().filter(name::equals).isPresent()) {
        if (refs.treeDirty()) {
          throw new UsageException(
              "--into "
                  + name
                  + ": the branch is checked out with uncommitted changes; commit or stash them, the result stays on its session branch");
        }
        try (Git git = Git.wrap(user)) {
          MergeResult result =
              git.merge()
                  .include(target)
                  .setFastForward(MergeCommand.FastForwardMode.FF_ONLY)
                  .setCommit(true)
                  .call();
          if (!result.getMergeStatus().isSuccessful()) {
            throw new UsageException(
                "--into " + name + ": fast-forward failed: " + result.getMergeStatus());
          }
        }
        return;
      }
      RefUpdate update = user.updateRef(Constants.R_HEADS + name);
      update.setExpectedOldObjectId(old);
      update.setNewObjectId(target);
      update.setRefLogIdent(GitIds.KAIZEN);
      update.setRefLogMessage("kaizen: fast-forward to " + abbreviate(commit), false);
      RefUpdate.Result result = update.update(walk);
      if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.NO_CHANGE) {
        throw new UsageException(
            "--into " + name + ": the branch was not fast-forwarded (" + result + ")");
      }
    } catch (MissingObjectException e) {
      throw new EnvironmentException(
          "--into "
              + name
              + ": commit "
              + abbreviate(commit)
              + " is not in "
              + refs.tree()
              + " yet",
          e);
    } catch (IOException | GitAPIException e) {
      throw new EnvironmentException("--into " + name + ": " + e.getMessage(), e);
    }
  }
}
