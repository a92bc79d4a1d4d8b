package dev.kaizen.agent.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;

/**
 * A real git repository in a temporary folder, for tests: write files, commit, branch, read refs
 * and status. Every test gets its own.
 */
public final class GitFixture implements AutoCloseable {

  private static final PersonIdent AUTHOR = new PersonIdent("Test User", "test@example.com");

  private final Path root;
  private final Git git;

  private GitFixture(Path root, Git git) {
    this.root = root;
    this.git = git;
  }

  /** A new repository with branch {@code main} checked out and no commit. */
  public static GitFixture init(Path dir) {
    try {
      Files.createDirectories(dir);
      return new GitFixture(
          dir, Git.init().setDirectory(dir.toFile()).setInitialBranch("main").call());
    } catch (IOException | GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  public Path root() {
    return root;
  }

  public Git git() {
    return git;
  }

  /** Writes a file in the working tree (creating folders). */
  public GitFixture write(String path, String content) {
    try {
      Path file = root.resolve(path);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes every file of {@code files}. */
  public GitFixture writeAll(Map<String, String> files) {
    files.forEach(this::write);
    return this;
  }

  public String read(String path) {
    try {
      return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Stages everything and commits; returns the commit id. */
  public String commitAll(String message) {
    try {
      git.add().addFilepattern(".").call();
      git.add().addFilepattern(".").setUpdate(true).call();
      return git.commit()
          .setMessage(message)
          .setAuthor(AUTHOR)
          .setCommitter(AUTHOR)
          .setSign(false)
          .call()
          .name();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  public String head() {
    return ref(Constants.HEAD);
  }

  /** The commit a ref points at, or null. */
  public String ref(String name) {
    try {
      ObjectId id = git.getRepository().resolve(name);
      return id == null ? null : id.name();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public String currentBranch() {
    try {
      return git.getRepository().getBranch();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public void createBranch(String name) {
    try {
      git.branchCreate().setName(name).call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  public void checkout(String name) {
    try {
      git.checkout().setName(name).call();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code git status} shows anything, untracked files included. */
  public boolean statusClean() {
    try {
      return git.status().call().isClean();
    } catch (GitAPIException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    git.close();
  }
}
