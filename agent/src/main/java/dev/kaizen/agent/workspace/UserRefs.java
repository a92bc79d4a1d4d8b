package dev.kaizen.agent.workspace;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.errors.RevisionSyntaxException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.Repository;

/**
 * Questions about the user's repository: its tree, HEAD, checked-out branch, branches, whether its
 * working tree has changes, what a revision names. Promises: it only reads.
 */
final class UserRefs {

  private final Repository user;

  UserRefs(Repository user) {
    this.user = user;
  }

  /** The root of the user's working tree. */
  Path tree() {
    return user.getWorkTree().toPath();
  }

  /** The branch the user has checked out; empty when HEAD is detached. */
  Optional<String> currentBranch() {
    try {
      Ref head = user.exactRef(Constants.HEAD);
      if (head == null || !head.isSymbolic()) return Optional.empty();
      return Optional.of(Repository.shortenRefName(head.getTarget().getName()));
    } catch (IOException e) {
      throw new EnvironmentException("cannot read HEAD: " + e.getMessage(), e);
    }
  }

  /**
   * Whether the user's working tree or index has changes not committed (untracked files do not
   * count).
   */
  boolean treeDirty() {
    try (Git git = Git.wrap(user)) {
      return git.status().call().hasUncommittedChanges();
    } catch (GitAPIException e) {
      throw new EnvironmentException(
          "cannot read the status of " + tree() + ": " + e.getMessage(), e);
    }
  }

  /**
   * The commit a revision (a branch, tag, {@code HEAD~2}, an id) resolves to.
   *
   * @throws UsageException naming the revision when it does not resolve to a commit
   */
  String resolve(String revision) {
    try {
      ObjectId id = user.resolve(revision + "^{commit}");
      if (id == null)
        throw new UsageException("revision '" + revision + "' does not resolve to a commit");
      return id.name();
    } catch (IOException | RevisionSyntaxException e) {
      throw new UsageException(
          "revision '" + revision + "' does not resolve to a commit: " + e.getMessage());
    }
  }

  /** Whether branch {@code name} exists. */
  boolean hasBranch(String name) {
    try {
      return user.exactRef(Constants.R_HEADS + name) != null;
    } catch (IOException e) {
      throw new EnvironmentException("cannot read branch " + name + ": " + e.getMessage(), e);
    }
  }

  /** The commit branch {@code name} points at, when it exists. */
  Optional<String> branch(String name) {
    try {
      Ref ref = user.exactRef(Constants.R_HEADS + name);
      return ref == null ? Optional.empty() : Optional.of(ref.getObjectId().name());
    } catch (IOException e) {
      throw new EnvironmentException("cannot read branch " + name + ": " + e.getMessage(), e);
    }
  }
}
