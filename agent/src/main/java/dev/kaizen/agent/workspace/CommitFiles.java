package dev.kaizen.agent.workspace;

import static dev.kaizen.agent.workspace.GitIds.abbreviate;

import dev.kaizen.agent.EnvironmentException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The files of a commit, read straight from the object database: one file as text, or the whole
 * tree exported into a folder for the sandbox. Promises: it only reads the repository (no checkout,
 * no ref); an export keeps executable bits and symbolic links, leaves out submodules, and fails on
 * a path that would lead out of its folder.
 */
final class CommitFiles {

  private final Repository repo;

  CommitFiles(Repository repo) {
    this.repo = repo;
  }

  /**
   * A file's text at a commit, when the file exists there (a folder, a link or a submodule is no
   * file).
   */
  Optional<String> read(String commit, String path) {
    try (RevWalk walk = new RevWalk(repo);
        ObjectReader reader = repo.newObjectReader()) {
      RevCommit c = walk.parseCommit(ObjectId.fromString(commit));
      try (TreeWalk tw = TreeWalk.forPath(reader, path, c.getTree())) {
        if (tw == null
            || tw.isSubtree()
            || tw.getFileMode(0).getObjectType() != Constants.OBJ_BLOB
            || tw.getFileMode(0) == FileMode.SYMLINK) {
          return Optional.empty();
        }
        return Optional.of(
            new String(reader.open(tw.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new EnvironmentException(
          "cannot read " + path + " at " + abbreviate(commit) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the files of {@code commit} into {@code dir} (which must not exist or be empty), with
   * executable bits and symbolic links; submodules are left out.
   */
  void export(String commit, Path dir) {
    try (RevWalk walk = new RevWalk(repo);
        ObjectReader reader = repo.newObjectReader();
        TreeWalk tw = new TreeWalk(reader)) {
      RevCommit c = walk.parseCommit(ObjectId.fromString(commit));
      Files.createDirectories(dir);
      tw.addTree(c.getTree());
      tw.setRecursive(true);
      while (tw.next()) {
        FileMode mode = tw.getFileMode(0);
        Path target = dir.resolve(tw.getPathString()).normalize();
        if (!target.startsWith(dir))
          throw new EnvironmentException(
              "unsafe path in commit " + abbreviate(commit) + ": " + tw.getPathString());
        if (mode == FileMode.GITLINK) continue;
        Files.createDirectories(target.getParent());
        if (mode == FileMode.SYMLINK) {
          String link =
              new String(reader.open(tw.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
          Files.createSymbolicLink(target, Path.of(link));
          continue;
        }
        try (OutputStream out = Files.newOutputStream(target)) {
          reader.open(tw.getObjectId(0)).copyTo(out);
        }
        if (mode == FileMode.EXECUTABLE_FILE) {
          Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
      }
    } catch (IOException e) {
      throw new EnvironmentException(
          "cannot export " + abbreviate(commit) + " to " + dir + ": " + e.getMessage(), e);
    }
  }
}
