package dev.kaizen.agent.workspace;

import static dev.kaizen.agent.workspace.GitIds.abbreviate;

import dev.kaizen.agent.EnvironmentException;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;

/**
 * The branches of Kaizen's clone (the session's candidate branches). Promises: a branch is only
 * ever moved by compare-and-swap — from the commit the caller last saw (or from nothing, for a new
 * branch) to the new one — so an update that finds the branch moved fails and overwrites nothing.
 */
final class CloneBranches {

  private final Repository clone;

  CloneBranches(Repository clone) {
    this.clone = clone;
  }

  /** The commit a branch points at, when it exists. */
  Optional<String> get(String name) {
    try {
      Ref ref = clone.exactRef(Constants.R_HEADS + name);
      return ref == null ? Optional.empty() : Optional.of(ref.getObjectId().name());
    } catch (IOException e) {
      throw new EnvironmentException("cannot read branch " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Points a branch at {@code commit}, only if it still points at {@code expected} (empty: only if
   * it does not exist yet).
   *
   * @throws EnvironmentException when the branch moved
   */
  void set(String name, Optional<String> expected, String commit) {
    try {
      RefUpdate update = clone.updateRef(Constants.R_HEADS + name);
      update.setExpectedOldObjectId(expected.map(ObjectId::fromString).orElse(ObjectId.zeroId()));
      update.setNewObjectId(ObjectId.fromString(commit));
      update.setForceUpdate(true);
      update.setRefLogIdent(GitIds.KAIZEN);
      update.setRefLogMessage("kaizen: " + abbreviate(commit), false);
      RefUpdate.Result result = update.update();
      switch (result) {
        case NEW, FORCED, FAST_FORWARD, NO_CHANGE -> {}
        default ->
            throw new EnvironmentException(
                "branch "
                    + name
                    + " moved while Kaizen worked ("
                    + result
                    + "); nothing was overwritten");
      }
    } catch (IOException e) {
      throw new EnvironmentException("cannot update branch " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Removes a branch, only if it still points at {@code expected}.
   *
   * @throws EnvironmentException when the branch moved
   */
  void delete(String name, String expected) {
    try {
      RefUpdate update = clone.updateRef(Constants.R_HEADS + name);
      update.setExpectedOldObjectId(ObjectId.fromString(expected));
      update.setForceUpdate(true);
      RefUpdate.Result result = update.delete();
      switch (result) {
        case FORCED, NO_CHANGE -> {}
        default ->
            throw new EnvironmentException(
                "branch "
                    + name
                    + " moved while Kaizen worked ("
                    + result
                    + "); nothing was removed");
      }
    } catch (IOException e) {
      throw new EnvironmentException("cannot remove branch " + name + ": " + e.getMessage(), e);
    }
  }
}
