package dev.kaizen.agent.workspace;

import java.io.IOException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;

/**
 * What the workspace's commands share: who Kaizen's commits and ref log entries are by, the short
 * form of a commit id in messages, and whether a repository has a commit.
 */
final class GitIds {

  /** Who Kaizen's commits are by. */
  static final PersonIdent KAIZEN = new PersonIdent("Kaizen", "kaizen@localhost");

  private GitIds() {}

  /** The short form of a commit id used in messages: its first 10 characters. */
  static String abbreviate(String commit) {
    return commit.length() > 10 ? commit.substring(0, 10) : commit;
  }

  /** Whether {@code repository} holds {@code id} (a full commit id) as a commit. */
  static boolean isCommit(Repository repository, String id) {
    if (!ObjectId.isId(id)) return false;
    try {
      ObjectId object = ObjectId.fromString(id);
      return repository.getObjectDatabase().has(object)
          && repository.open(object).getType() == Constants.OBJ_COMMIT;
    } catch (IOException e) {
      return false;
    }
  }
}
