package dev.kaizen.agent.project;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.sandbox.support.Directories;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Throwaway exports of revisions under {@code workspace/trees/<owner>/}, one folder per tree. A
 * folder whose owning process has died (a killed run) is removed the next time trees are used.
 */
public final class Trees implements AutoCloseable {

  private static final String OWNER_FILE = ".owner-pid";

  private final Workspace workspace;
  private final Path dir;

  private Trees(Workspace workspace, Path dir) {
    this.workspace = workspace;
    this.dir = dir;
  }

  /** A fresh folder of trees for {@code owner} (a session id or a command name). */
  public static Trees create(Workspace workspace, Path workspaceDir, String owner) {
    Path root = workspaceDir.toAbsolutePath().resolve("trees");
    removeAbandoned(root);
    Path dir = root.resolve(owner + "-" + ProcessHandle.current().pid());
    try {
      Directories.delete(dir);
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(OWNER_FILE), String.valueOf(ProcessHandle.current().pid()));
    } catch (IOException e) {
      throw new EnvironmentException("cannot create " + dir + ": " + e.getMessage(), e);
    }
    return new Trees(workspace, dir);
  }

  /** Exports {@code commit} into a new folder called {@code name}, replacing an older one. */
  public Path export(String commit, String name) {
    Path tree = dir.resolve(name);
    try {
      Directories.delete(tree);
    } catch (IOException e) {
      throw new EnvironmentException("cannot clear " + tree + ": " + e.getMessage(), e);
    }
    workspace.export(commit, tree);
    return tree;
  }

  /** Removes one exported tree. */
  public void discard(Path tree) {
    try {
      Directories.delete(tree);
    } catch (IOException e) {
      // A tree that cannot be removed now is removed with its folder, or by the next run.
    }
  }

  @Override
  public void close() {
    try {
      Directories.delete(dir);
    } catch (IOException e) {
      // Left for the next run, which removes folders of dead owners.
    }
  }

  private static void removeAbandoned(Path root) {
    if (!Files.isDirectory(root)) return;
    try (Stream<Path> owners = Files.list(root)) {
      for (Path p : owners.toList()) {
        Path pidFile = p.resolve(OWNER_FILE);
        long pid = -1;
        try {
          pid = Long.parseLong(Files.readString(pidFile).trim());
        } catch (IOException | NumberFormatException e) {
          // no owner recorded: abandoned
        }
        boolean alive = pid > 0 && ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        if (!alive) Directories.delete(p);
      }
    } catch (IOException e) {
      // best effort: stale trees only cost disk space
    }
  }
}
