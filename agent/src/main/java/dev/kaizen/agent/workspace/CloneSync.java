package dev.kaizen.agent.workspace;

import dev.kaizen.agent.EnvironmentException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.RefSpec;

/**
 * Kaizen's own bare clone of the user's repository, where candidate commits are made. Promises: one
 * clone per user tree, at {@code workspace/repos/<folder>-<hash of its path>.git}, made on first
 * use and reused after; a fetch brings the user's branches (as {@code refs/remotes/user/*}), tags
 * and HEAD (as {@value #USER_HEAD}) into it and writes nothing to the user's repository.
 */
final class CloneSync {

  /** Where the clone keeps the user's HEAD as of the last fetch. */
  static final String USER_HEAD = "refs/kaizen/user-head";

  private CloneSync() {}

  /**
   * Opens the clone of {@code user} under {@code workspaceDir/repos/}, cloning all its branches
   * when there is none yet.
   *
   * @throws EnvironmentException when the clone cannot be made
   */
  static Repository openOrClone(Repository user, Path workspaceDir) throws IOException {
    Path tree = user.getWorkTree().toPath().toAbsolutePath().normalize();
    String name = tree.getFileName() == null ? "repo" : tree.getFileName().toString();
    String id = Integer.toHexString(tree.toString().hashCode());
    Path dir = workspaceDir.toAbsolutePath().resolve("repos").resolve(name + "-" + id + ".git");
    if (Files.isDirectory(dir.resolve("objects"))) {
      return new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build();
    }
    Files.createDirectories(dir.getParent());
    try (Git git =
        Git.cloneRepository()
            .setURI(user.getDirectory().toURI().toString())
            .setBare(true)
            .setDirectory(dir.toFile())
            .setCloneAllBranches(true)
            .call()) {
      return git.getRepository();
    } catch (GitAPIException e) {
      throw new EnvironmentException(
          "cannot clone " + tree + " into " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Fetches the user's branches, tags and HEAD into the clone, moving the clone's copies of them
   * wherever the user's point now.
   *
   * @throws EnvironmentException when the fetch fails
   */
  static void fetch(Repository user, Repository clone) {
    try (Git git = Git.wrap(clone)) {
      git.fetch()
          .setRemote(user.getDirectory().toURI().toString())
          .setRefSpecs(
              new RefSpec("+refs/heads/*:refs/remotes/user/*"),
              new RefSpec("+refs/tags/*:refs/tags/*"),
              new RefSpec("+HEAD:" + USER_HEAD))
          .call();
    } catch (GitAPIException e) {
      throw new EnvironmentException(
          "cannot fetch from " + user.getWorkTree() + " into Kaizen's clone: " + e.getMessage(), e);
    }
  }
}
