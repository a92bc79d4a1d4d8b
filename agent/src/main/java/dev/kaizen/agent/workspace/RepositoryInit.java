package dev.kaizen.agent.workspace;

import dev.kaizen.agent.EnvironmentException;
import java.nio.file.Path;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;

/**
 * Makes a new repository of a folder: {@code git init} on branch {@code main}, then one commit by
 * Kaizen of everything in it (what its {@code .gitignore} leaves out stays out). For fixtures
 * Kaizen writes itself, such as the calibration's.
 */
final class RepositoryInit {

  private RepositoryInit() {}

  static void commitAll(Path dir, String message) {
    try (Git git = Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call()) {
      git.add().addFilepattern(".").call();
      git.commit()
          .setMessage(message)
          .setAuthor(GitIds.KAIZEN)
          .setCommitter(GitIds.KAIZEN)
          .setSign(false)
          .call();
    } catch (GitAPIException e) {
      throw new EnvironmentException(
          "cannot make a repository of " + dir + ": " + e.getMessage(), e);
    }
  }
}
