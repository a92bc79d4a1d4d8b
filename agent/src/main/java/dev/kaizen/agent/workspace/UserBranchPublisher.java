package dev.kaizen.agent.workspace;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefLeaseSpec;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;

/**
 * Publishes a commit of Kaizen's clone as a branch of the user's repository (a push from the clone
 * with a lease). Promises: compare-and-swap — the branch is written only if it still points at the
 * commit the caller expects (or does not exist, when none is expected); never the branch the user
 * has checked out; the user's working tree, index and HEAD are not touched.
 */
final class UserBranchPublisher {

  private final Repository user;
  private final Repository clone;

  UserBranchPublisher(Repository user, Repository clone) {
    this.user = user;
    this.clone = clone;
  }

  /**
   * Pushes {@code commit} to branch {@code name} of the user's repository, only if that branch
   * still points at {@code expected} (empty: only if it does not exist).
   *
   * @throws UsageException when the branch is checked out
   * @throws EnvironmentException when the branch moved or the push fails
   */
  void publish(String name, Optional<String> expected, String commit) {
    var refs = new UserRefs(user);
    if (refs.currentBranch().filter(name::equals).isPresent()) {
      throw new UsageException(
          "branch "
              + name
              + " is checked out in "
              + refs.tree()
              + "; Kaizen does not move a checked-out branch");
    }
    try (Git git = Git.wrap(clone)) {
      String dst = Constants.R_HEADS + name;
      Iterable<PushResult> results =
          git.push()
              .setRemote(user.getDirectory().toURI().toString())
              .setRefSpecs(new RefSpec(commit + ":" + dst))
              .setRefLeaseSpecs(new RefLeaseSpec(dst, expected.orElse(ObjectId.zeroId().name())))
              .setForce(false)
              .call();
      for (PushResult r : results) {
        RemoteRefUpdate u = r.getRemoteUpdate(dst);
        if (u != null
            && u.getStatus() != RemoteRefUpdate.Status.OK
            && u.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
          throw new EnvironmentException(
              "could not update "
                  + name
                  + " in "
                  + refs.tree()
                  + ": "
                  + u.getStatus()
                  + (u.getMessage() == null ? "" : " (" + u.getMessage() + ")"));
        }
      }
    } catch (GitAPIException e) {
      throw new EnvironmentException(
          "could not update " + name + " in " + refs.tree() + ": " + e.getMessage(), e);
    }
  }
}
