package dev.kaizen.agent.workspace;

import org.eclipse.jgit.lib.PersonIdent;

/**
 * What the workspace's commands share: who Kaizen's commits and ref log entries are by, and the
 * short form of a commit id in messages.
 */
final class GitIds {

  /** Who Kaizen's commits are by. */
  static final PersonIdent KAIZEN = new PersonIdent("Kaizen", "kaizen@localhost");

  private GitIds() {}

  /** The short form of a commit id used in messages: its first 10 characters. */
  static String abbreviate(String commit) {
    return commit.length() > 10 ? commit.substring(0, 10) : commit;
  }
}
