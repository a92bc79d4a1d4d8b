package dev.kaizen.agent.workspace;

import static dev.kaizen.agent.workspace.GitIds.abbreviate;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.api.errors.JGitInternalException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;

/**
 * Pushes a commit of Kaizen's clone to a branch of another repository (GitHub, for a pull request).
 * Promises: a fast-forward only — a remote branch that does not lead to the commit is never
 * overwritten; only a commit the clone has is pushed; the user's repository is not involved; no
 * secret (the login's, or user information in the remote's URL) appears in a message, and no
 * exception carries a transport's cause, which might quote one.
 */
final class RemotePush {

  private final Repository clone;

  RemotePush(Repository clone) {
    this.clone = clone;
  }

  /**
   * Pushes {@code commit} to branch {@code name} of {@code remote} (an HTTPS URL, or a path or
   * {@code file:} URL of a repository); {@code login}, when given, answers an HTTPS remote's
   * request for credentials.
   *
   * @throws UsageException when git does not allow {@code name} as a branch
   * @throws EnvironmentException when the commit is not in the clone, the remote cannot be reached
   *     or refuses the push
   */
  Pushed push(String remote, String name, String commit, Optional<RemoteLogin> login) {
    var secrets = new ArrayList<String>();
    login.ifPresent(l -> secrets.add(l.secret()));
    String where = displayRemote(remote, secrets);
    String dst = Constants.R_HEADS + name;
    if (!Repository.isValidRefName(dst))
      throw new UsageException("not a valid branch name: " + name);
    try {
      if (!clone.getObjectDatabase().has(ObjectId.fromString(commit))) {
        throw new EnvironmentException(
            "commit "
                + abbreviate(commit)
                + " is not in Kaizen's clone; nothing was pushed to "
                + where);
      }
    } catch (IOException e) {
      throw new EnvironmentException("cannot read Kaizen's clone: " + e.getMessage(), e);
    }
    // Causes are left out of these exceptions: a transport's message may quote the remote with its
    // credentials.
    try (Git git = Git.wrap(clone)) {
      var push =
          git.push()
              .setRemote(remote)
              .setRefSpecs(new RefSpec(commit + ":" + dst))
              .setForce(false)
              .setTimeout(120);
      login.ifPresent(
          l ->
              push.setCredentialsProvider(
                  new UsernamePasswordCredentialsProvider(l.user(), l.secret())));
      Pushed outcome = Pushed.UP_TO_DATE;
      for (PushResult r : push.call()) {
        RemoteRefUpdate u = r.getRemoteUpdate(dst);
        if (u == null) continue;
        switch (u.getStatus()) {
          case OK -> outcome = r.getAdvertisedRef(dst) == null ? Pushed.CREATED : Pushed.UPDATED;
          case UP_TO_DATE -> outcome = Pushed.UP_TO_DATE;
          case REJECTED_NONFASTFORWARD ->
              throw new EnvironmentException(
                  name
                      + " at "
                      + where
                      + " has commits that do not lead to "
                      + abbreviate(commit)
                      + "; Kaizen does not overwrite a branch");
          default ->
              throw new EnvironmentException(
                  "could not push "
                      + name
                      + " to "
                      + where
                      + ": "
                      + u.getStatus()
                      + (u.getMessage() == null
                          ? ""
                          : " (" + redact(u.getMessage(), secrets) + ")"));
        }
      }
      return outcome;
    } catch (GitAPIException | JGitInternalException e) {
      throw new EnvironmentException(
          "could not push " + name + " to " + where + ": " + redact(e.getMessage(), secrets));
    }
  }

  /**
   * A remote as messages show it: without the user information of a URL, which joins {@code
   * secrets} so that it is scrubbed from any message too.
   */
  static String displayRemote(String remote, List<String> secrets) {
    int scheme = remote.indexOf("://");
    int at = scheme < 0 ? -1 : remote.indexOf('@', scheme + 3);
    int slash = scheme < 0 ? -1 : remote.indexOf('/', scheme + 3);
    if (at < 0 || (slash >= 0 && at > slash)) return redact(remote, secrets);
    String userInfo = remote.substring(scheme + 3, at);
    int colon = userInfo.indexOf(':');
    if (colon >= 0) {
      secrets.add(userInfo); // user:password
      secrets.add(userInfo.substring(colon + 1));
    } else if (userInfo.length() >= 8) {
      secrets.add(userInfo); // a token given as the user
    }
    return redact(remote.substring(0, scheme + 3) + remote.substring(at + 1), secrets);
  }

  /** {@code text} with every secret replaced by {@code ***}. */
  static String redact(String text, List<String> secrets) {
    if (text == null) return null;
    String out = text;
    for (String s : secrets) {
      if (!s.isEmpty()) out = out.replace(s, "***");
    }
    return out;
  }
}
