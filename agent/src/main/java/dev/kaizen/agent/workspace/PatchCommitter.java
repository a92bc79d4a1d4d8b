package dev.kaizen.agent.workspace;

import static dev.kaizen.agent.workspace.GitIds.abbreviate;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.patch.FileEdit;
import dev.kaizen.agent.patch.Patch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectChecker;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Commits a patch on top of a parent in Kaizen's clone, in memory. Promises: no checkout, no index
 * on disk, no ref moved (the commit is only written as objects; a branch points at it only when
 * {@link CloneBranches} is asked to); a patch either becomes one commit by {@link GitIds#KAIZEN}
 * with the given message, or is refused whole, with the first path that does not fit and why, as
 * data ({@link ApplyResult.NotApplied}), and no commit is made.
 */
final class PatchCommitter {

  private final Repository clone;

  PatchCommitter(Repository clone) {
    this.clone = clone;
  }

  /**
   * Commits {@code patch} on top of {@code parent}. Each edit's {@code before} must equal the file
   * at {@code parent}. An edit of a path that does not exist at {@code parent} creates it, as a
   * regular file with the folders it needs, and must have an empty {@code before}; a path that
   * exists with content cannot be created again.
   *
   * @throws EnvironmentException when the clone cannot be read or written
   */
  ApplyResult commit(String parent, Patch patch, CommitInfo info) {
    try (RevWalk walk = new RevWalk(clone);
        ObjectReader reader = clone.newObjectReader();
        ObjectInserter inserter = clone.newObjectInserter()) {
      RevCommit base = walk.parseCommit(ObjectId.fromString(parent));
      DirCache index = DirCache.newInCore();
      DirCacheBuilder builder = index.builder();
      builder.addTree(new byte[0], DirCacheEntry.STAGE_0, reader, base.getTree());
      builder.finish();

      Set<String> paths = Set.copyOf(patch.paths());
      DirCacheEditor editor = index.editor();
      for (FileEdit edit : patch.edits()) {
        DirCacheEntry entry = index.getEntry(edit.path());
        Optional<String> problem = gitPathProblem(edit.path());
        if (problem.isEmpty()) {
          problem =
              entry == null
                  ? creationProblem(index, paths, edit, parent)
                  : editProblem(reader, entry, edit, parent);
        }
        if (problem.isPresent()) return new ApplyResult.NotApplied(edit.path(), problem.get());
        ObjectId blob =
            inserter.insert(Constants.OBJ_BLOB, edit.after().getBytes(StandardCharsets.UTF_8));
        FileMode mode = entry == null ? FileMode.REGULAR_FILE : entry.getFileMode();
        editor.add(
            new DirCacheEditor.PathEdit(edit.path()) {
              @Override
              public void apply(DirCacheEntry e) {
                e.setFileMode(mode);
                e.setObjectId(blob);
              }
            });
      }
      editor.finish();
      ObjectId tree = index.writeTree(inserter);
      if (tree.equals(base.getTree()))
        return new ApplyResult.NotApplied(
            String.join(", ", patch.paths()), "the patch changes nothing");

      var commit = new CommitBuilder();
      commit.setTreeId(tree);
      commit.setParentId(base);
      var ident = new PersonIdent(GitIds.KAIZEN, Instant.now(), ZoneOffset.UTC);
      commit.setAuthor(ident);
      commit.setCommitter(ident);
      commit.setMessage(info.message());
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      return new ApplyResult.Committed(
          id.name(), parent, new CommitComparison(clone).diff(parent, id.name()));
    } catch (IOException e) {
      throw new EnvironmentException("cannot commit in Kaizen's clone: " + e.getMessage(), e);
    }
  }

  /**
   * Why git would refuse {@code path} in a tree: a {@code .git} folder in any spelling git guards
   * against (case, NTFS and HFS+ variants), a NUL. {@link FileEdit} already guarantees a
   * normalized, relative, {@code /}-separated path.
   */
  private static Optional<String> gitPathProblem(String path) {
    try {
      new ObjectChecker().setSafeForMacOS(true).checkPath(path);
      return Optional.empty();
    } catch (CorruptObjectException e) {
      return Optional.of("git does not allow this path (" + e.getMessage() + ")");
    }
  }

  /**
   * Why {@code edit} cannot change the file {@code entry} of {@code parent}, or empty when it can.
   */
  private static Optional<String> editProblem(
      ObjectReader reader, DirCacheEntry entry, FileEdit edit, String parent) throws IOException {
    if (entry.getFileMode() != FileMode.REGULAR_FILE
        && entry.getFileMode() != FileMode.EXECUTABLE_FILE) {
      return Optional.of("not a regular file at " + abbreviate(parent));
    }
    String current =
        new String(reader.open(entry.getObjectId()).getBytes(), StandardCharsets.UTF_8);
    if (current.equals(edit.before())) return Optional.empty();
    if (edit.before().isEmpty()) {
      return Optional.of(
          "the file already exists at "
              + abbreviate(parent)
              + "; the proposal was made as if it were new");
    }
    return Optional.of(
        "the file at " + abbreviate(parent) + " differs from what the proposal was made against");
  }

  /**
   * Why {@code edit} cannot create its path, which has no file at {@code parent}, or empty when it
   * can: it must have been made against no content, and neither the path nor a folder it needs may
   * be taken, at {@code parent} or by another file of the patch.
   */
  private static Optional<String> creationProblem(
      DirCache index, Set<String> patchPaths, FileEdit edit, String parent) {
    String path = edit.path();
    if (index.getEntriesWithin(path).length > 0)
      return Optional.of("a folder at " + abbreviate(parent) + ", not a file");
    if (!edit.before().isEmpty()) return Optional.of("no such file at " + abbreviate(parent));
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      String folder = path.substring(0, slash);
      if (index.getEntry(folder) != null)
        return Optional.of(folder + " is a file at " + abbreviate(parent) + ", not a folder");
      if (patchPaths.contains(folder))
        return Optional.of("the patch also creates " + folder + " as a file");
    }
    return Optional.empty();
  }
}
