package dev.kaizen.agent.workspace;

import static dev.kaizen.agent.workspace.GitIds.abbreviate;

import dev.kaizen.agent.EnvironmentException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * How two commits of one repository differ: as a unified diff, as git prints it, or as the list of
 * paths that changed. Promises: it only reads.
 */
final class CommitComparison {

  private final Repository repo;

  CommitComparison(Repository repo) {
    this.repo = repo;
  }

  /** The unified diff between two commits. */
  String diff(String from, String to) {
    try (RevWalk walk = new RevWalk(repo)) {
      RevCommit a = walk.parseCommit(ObjectId.fromString(from));
      RevCommit b = walk.parseCommit(ObjectId.fromString(to));
      var out = new ByteArrayOutputStream();
      try (DiffFormatter formatter = new DiffFormatter(out)) {
        formatter.setRepository(repo);
        formatter.format(a.getTree(), b.getTree());
      }
      return out.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new EnvironmentException(
          "cannot diff " + abbreviate(from) + ".." + abbreviate(to) + ": " + e.getMessage(), e);
    }
  }

  /**
   * What changed between two commits, one entry per path: added, modified, deleted (renames are a
   * deletion and an addition).
   */
  List<ChangedPath> changedPaths(String from, String to) {
    try (RevWalk walk = new RevWalk(repo);
        DiffFormatter formatter = new DiffFormatter(OutputStream.nullOutputStream())) {
      RevCommit a = walk.parseCommit(ObjectId.fromString(from));
      RevCommit b = walk.parseCommit(ObjectId.fromString(to));
      formatter.setRepository(repo);
      formatter.setDetectRenames(false);
      var changes = new ArrayList<ChangedPath>();
      for (DiffEntry e : formatter.scan(a.getTree(), b.getTree())) {
        switch (e.getChangeType()) {
          case ADD -> changes.add(new ChangedPath(e.getNewPath(), ChangedPath.Kind.ADDED));
          case DELETE -> changes.add(new ChangedPath(e.getOldPath(), ChangedPath.Kind.DELETED));
          default -> changes.add(new ChangedPath(e.getNewPath(), ChangedPath.Kind.MODIFIED));
        }
      }
      return changes;
    } catch (IOException e) {
      throw new EnvironmentException(
          "cannot compare " + abbreviate(from) + " with " + abbreviate(to) + ": " + e.getMessage(),
          e);
    }
  }
}
