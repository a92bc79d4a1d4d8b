package dev.kaizen.agent.workspace;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Opens the user's repository for Kaizen. Promises: the repository is found from a folder upwards
 * as git finds it, and must have a working tree and a commit; the only thing ever written to it
 * here is one line in {@code .git/info/exclude} that keeps a workspace inside its tree out of
 * {@code git status} (added once, however often it is opened).
 */
final class UserRepositoryOpener {

  private UserRepositoryOpener() {}

  /**
   * The repository around {@code start}.
   *
   * @throws UsageException when {@code start} is not a folder
   * @throws EnvironmentException when it is not in a git repository, or in a bare one
   */
  static Repository open(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) throw new UsageException("no such directory: " + dir);
    var builder = new FileRepositoryBuilder().setMustExist(true).findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      throw new EnvironmentException(
          "not a git repository: "
              + dir
              + " (Kaizen improves a git repository; run 'git init' and commit first)");
    }
    try {
      Repository repo = builder.build();
      if (repo.isBare()) {
        repo.close();
        throw new EnvironmentException("a bare repository has no working tree to improve: " + dir);
      }
      return repo;
    } catch (RepositoryNotFoundException e) {
      throw new EnvironmentException("not a git repository: " + dir, e);
    } catch (IOException e) {
      throw new EnvironmentException(
          "cannot open the git repository at " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Checks that the user's HEAD points at a commit.
   *
   * @throws EnvironmentException when the repository has no commit yet
   */
  static void requireCommit(Repository user) throws IOException {
    if (user.resolve(Constants.HEAD) == null) {
      throw new EnvironmentException(
          "the repository at " + user.getWorkTree() + " has no commit yet: commit something first");
    }
  }

  /**
   * Adds the workspace to {@code .git/info/exclude} when it lies inside the user's tree, so it
   * never shows in {@code git status}.
   */
  static void excludeFromStatus(Repository user, Path workspaceDir) throws IOException {
    Path tree = user.getWorkTree().toPath().toAbsolutePath().normalize();
    Path ws = workspaceDir.toAbsolutePath().normalize();
    if (!ws.startsWith(tree) || ws.equals(tree)) return;
    String pattern = "/" + tree.relativize(ws).toString().replace('\\', '/') + "/";
    Path exclude = user.getDirectory().toPath().resolve("info").resolve("exclude");
    List<String> lines =
        Files.exists(exclude) ? Files.readAllLines(exclude, StandardCharsets.UTF_8) : List.of();
    if (lines.stream()
        .map(String::trim)
        .anyMatch(l -> l.equals(pattern) || l.equals(pattern.substring(1)))) return;
    Files.createDirectories(exclude.getParent());
    String prefix =
        lines.isEmpty() || Files.size(exclude) == 0 || endsWithNewline(exclude) ? "" : "\n";
    Files.writeString(
        exclude,
        prefix + "# Kaizen's runtime state\n" + pattern + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  private static boolean endsWithNewline(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return bytes.length == 0 || bytes[bytes.length - 1] == '\n';
  }
}
