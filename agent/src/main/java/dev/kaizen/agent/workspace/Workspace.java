package dev.kaizen.agent.workspace;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.patch.FileEdit;
import dev.kaizen.agent.patch.Patch;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.MergeCommand;
import org.eclipse.jgit.api.MergeResult;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.diff.DiffEntry;
import org.eclipse.jgit.diff.DiffFormatter;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEditor;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.errors.CorruptObjectException;
import org.eclipse.jgit.errors.MissingObjectException;
import org.eclipse.jgit.errors.RepositoryNotFoundException;
import org.eclipse.jgit.lib.CommitBuilder;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.ObjectChecker;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.ObjectInserter;
import org.eclipse.jgit.lib.ObjectReader;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Ref;
import org.eclipse.jgit.lib.RefUpdate;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;
import org.eclipse.jgit.transport.PushResult;
import org.eclipse.jgit.transport.RefLeaseSpec;
import org.eclipse.jgit.transport.RefSpec;
import org.eclipse.jgit.transport.RemoteRefUpdate;
import org.eclipse.jgit.transport.UsernamePasswordCredentialsProvider;
import org.eclipse.jgit.treewalk.TreeWalk;

/**
 * The user's repository, read only, and Kaizen's own bare clone of it, where candidate commits
 * are made. Every branch update is a compare-and-swap: it fails rather than overwrite a ref that
 * moved.
 */
public final class Workspace implements AutoCloseable {

  /** Who Kaizen's commits are by. */
  public static final PersonIdent KAIZEN = new PersonIdent("Kaizen", "kaizen@localhost");

  private static final String USER_HEAD = "refs/kaizen/user-head";

  private final Repository user;
  private final Repository clone;

  private Workspace(Repository user, Repository clone) {
    this.user = user;
    this.clone = clone;
  }

  /**
   * Opens the repository around {@code start} and Kaizen's clone of it under
   * {@code workspaceDir/repos/}, making the clone when there is none and fetching the user's
   * branches, tags and HEAD into it.
   *
   * @throws EnvironmentException when {@code start} is not in a git repository, or it has no commit
   */
  public static Workspace open(Path start, Path workspaceDir) {
    Repository user = openUser(start);
    try {
      if (user.resolve(Constants.HEAD) == null) {
        throw new EnvironmentException("the repository at " + user.getWorkTree() + " has no commit yet: commit something first");
      }
      excludeFromStatus(user, workspaceDir);
      Repository clone = openClone(user, workspaceDir);
      var ws = new Workspace(user, clone);
      ws.fetchFromUser();
      return ws;
    } catch (IOException e) {
      user.close();
      throw new EnvironmentException("cannot read the repository at " + user.getDirectory() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      user.close();
      throw e;
    }
  }

  private static Repository openUser(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) throw new UsageException("no such directory: " + dir);
    var builder = new FileRepositoryBuilder().setMustExist(true).findGitDir(dir.toFile());
    if (builder.getGitDir() == null) {
      throw new EnvironmentException("not a git repository: " + dir + " (Kaizen improves a git repository; run 'git init' and commit first)");
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
      throw new EnvironmentException("cannot open the git repository at " + dir + ": " + e.getMessage(), e);
    }
  }

  /** Adds the workspace to {@code .git/info/exclude} when it lies inside the user's tree, so it never shows in {@code git status}. */
  private static void excludeFromStatus(Repository user, Path workspaceDir) throws IOException {
    Path tree = user.getWorkTree().toPath().toAbsolutePath().normalize();
    Path ws = workspaceDir.toAbsolutePath().normalize();
    if (!ws.startsWith(tree) || ws.equals(tree)) return;
    String pattern = "/" + tree.relativize(ws).toString().replace('\\', '/') + "/";
    Path exclude = user.getDirectory().toPath().resolve("info").resolve("exclude");
    List<String> lines = Files.exists(exclude) ? Files.readAllLines(exclude, StandardCharsets.UTF_8) : List.of();
    if (lines.stream().map(String::trim).anyMatch(l -> l.equals(pattern) || l.equals(pattern.substring(1)))) return;
    Files.createDirectories(exclude.getParent());
    String prefix = lines.isEmpty() || Files.size(exclude) == 0 || endsWithNewline(exclude) ? "" : "\n";
    Files.writeString(exclude, prefix + "# Kaizen's runtime state\n" + pattern + "\n", StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
  }

  private static boolean endsWithNewline(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    return bytes.length == 0 || bytes[bytes.length - 1] == '\n';
  }

  private static Repository openClone(Repository user, Path workspaceDir) throws IOException {
    Path tree = user.getWorkTree().toPath().toAbsolutePath().normalize();
    String name = tree.getFileName() == null ? "repo" : tree.getFileName().toString();
    String id = Integer.toHexString(tree.toString().hashCode());
    Path dir = workspaceDir.toAbsolutePath().resolve("repos").resolve(name + "-" + id + ".git");
    if (Files.isDirectory(dir.resolve("objects"))) {
      return new FileRepositoryBuilder().setGitDir(dir.toFile()).setMustExist(true).build();
    }
    Files.createDirectories(dir.getParent());
    try (Git git = Git.cloneRepository()
        .setURI(user.getDirectory().toURI().toString())
        .setBare(true)
        .setDirectory(dir.toFile())
        .setCloneAllBranches(true)
        .call()) {
      return git.getRepository();
    } catch (GitAPIException e) {
      throw new EnvironmentException("cannot clone " + tree + " into " + dir + ": " + e.getMessage(), e);
    }
  }

  private void fetchFromUser() {
    try (Git git = Git.wrap(clone)) {
      git.fetch()
          .setRemote(user.getDirectory().toURI().toString())
          .setRefSpecs(
              new RefSpec("+refs/heads/*:refs/remotes/user/*"),
              new RefSpec("+refs/tags/*:refs/tags/*"),
              new RefSpec("+HEAD:" + USER_HEAD))
          .call();
    } catch (GitAPIException e) {
      throw new EnvironmentException("cannot fetch from " + user.getWorkTree() + " into Kaizen's clone: " + e.getMessage(), e);
    }
  }

  /** The root of the user's working tree. */
  public Path userTree() {
    return user.getWorkTree().toPath();
  }

  /** The commit the user's HEAD points at. */
  public String headCommit() {
    return resolve(Constants.HEAD);
  }

  /** The branch the user has checked out; empty when HEAD is detached. */
  public Optional<String> currentBranch() {
    try {
      Ref head = user.exactRef(Constants.HEAD);
      if (head == null || !head.isSymbolic()) return Optional.empty();
      return Optional.of(Repository.shortenRefName(head.getTarget().getName()));
    } catch (IOException e) {
      throw new EnvironmentException("cannot read HEAD: " + e.getMessage(), e);
    }
  }

  /** Whether the user's working tree or index has changes not committed (untracked files do not count). */
  public boolean userTreeDirty() {
    try (Git git = Git.wrap(user)) {
      return git.status().call().hasUncommittedChanges();
    } catch (GitAPIException e) {
      throw new EnvironmentException("cannot read the status of " + userTree() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Resolves a revision of the user's repository (a branch, tag, {@code HEAD~2}, an id) to a
   * commit id.
   *
   * @throws UsageException naming the revision when it does not resolve to a commit
   */
  public String resolve(String revision) {
    try {
      ObjectId id = user.resolve(revision + "^{commit}");
      if (id == null) throw new UsageException("revision '" + revision + "' does not resolve to a commit");
      return id.name();
    } catch (IOException | org.eclipse.jgit.errors.RevisionSyntaxException e) {
      throw new UsageException("revision '" + revision + "' does not resolve to a commit: " + e.getMessage());
    }
  }

  /** Whether the user's repository has branch {@code name}. */
  public boolean userHasBranch(String name) {
    try {
      return user.exactRef(Constants.R_HEADS + name) != null;
    } catch (IOException e) {
      throw new EnvironmentException("cannot read branch " + name + ": " + e.getMessage(), e);
    }
  }

  /** The commit a branch of the user's repository points at, when it exists. */
  public Optional<String> userBranch(String name) {
    try {
      Ref ref = user.exactRef(Constants.R_HEADS + name);
      return ref == null ? Optional.empty() : Optional.of(ref.getObjectId().name());
    } catch (IOException e) {
      throw new EnvironmentException("cannot read branch " + name + ": " + e.getMessage(), e);
    }
  }

  /** A file's text at a commit, when the file exists there. */
  public Optional<String> readFile(String commit, String path) {
    Repository repo = repositoryHaving(commit);
    try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader()) {
      RevCommit c = walk.parseCommit(ObjectId.fromString(commit));
      try (TreeWalk tw = TreeWalk.forPath(reader, path, c.getTree())) {
        if (tw == null || tw.isSubtree() || tw.getFileMode(0).getObjectType() != Constants.OBJ_BLOB
            || tw.getFileMode(0) == FileMode.SYMLINK) {
          return Optional.empty();
        }
        return Optional.of(new String(reader.open(tw.getObjectId(0)).getBytes(), StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new EnvironmentException("cannot read " + path + " at " + abbreviate(commit) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Commits {@code patch} on top of {@code parent} in Kaizen's clone, without a checkout. Each
   * edit's {@code before} must equal the file at {@code parent}. An edit of a path that does not
   * exist at {@code parent} creates it, as a regular file with the folders it needs, and must
   * have an empty {@code before}; a path that exists with content cannot be created again.
   */
  public ApplyResult commit(String parent, Patch patch, CommitInfo info) {
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
          problem = entry == null ? creationProblem(index, paths, edit, parent) : editProblem(reader, entry, edit, parent);
        }
        if (problem.isPresent()) return new ApplyResult.NotApplied(edit.path(), problem.get());
        ObjectId blob = inserter.insert(Constants.OBJ_BLOB, edit.after().getBytes(StandardCharsets.UTF_8));
        FileMode mode = entry == null ? FileMode.REGULAR_FILE : entry.getFileMode();
        editor.add(new DirCacheEditor.PathEdit(edit.path()) {
          @Override
          public void apply(DirCacheEntry e) {
            e.setFileMode(mode);
            e.setObjectId(blob);
          }
        });
      }
      editor.finish();
      ObjectId tree = index.writeTree(inserter);
      if (tree.equals(base.getTree())) return new ApplyResult.NotApplied(String.join(", ", patch.paths()), "the patch changes nothing");

      var commit = new CommitBuilder();
      commit.setTreeId(tree);
      commit.setParentId(base);
      var ident = new PersonIdent(KAIZEN, java.time.Instant.now(), java.time.ZoneOffset.UTC);
      commit.setAuthor(ident);
      commit.setCommitter(ident);
      commit.setMessage(info.message());
      ObjectId id = inserter.insert(commit);
      inserter.flush();
      return new ApplyResult.Committed(id.name(), parent, diff(parent, id.name()));
    } catch (IOException e) {
      throw new EnvironmentException("cannot commit in Kaizen's clone: " + e.getMessage(), e);
    }
  }

  /**
   * Why git would refuse {@code path} in a tree: a {@code .git} folder in any spelling git
   * guards against (case, NTFS and HFS+ variants), a NUL. {@link FileEdit} already guarantees a
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

  /** Why {@code edit} cannot change the file {@code entry} of {@code parent}, or empty when it can. */
  private static Optional<String> editProblem(ObjectReader reader, DirCacheEntry entry, FileEdit edit, String parent) throws IOException {
    if (entry.getFileMode() != FileMode.REGULAR_FILE && entry.getFileMode() != FileMode.EXECUTABLE_FILE) {
      return Optional.of("not a regular file at " + abbreviate(parent));
    }
    String current = new String(reader.open(entry.getObjectId()).getBytes(), StandardCharsets.UTF_8);
    if (current.equals(edit.before())) return Optional.empty();
    if (edit.before().isEmpty()) {
      return Optional.of("the file already exists at " + abbreviate(parent) + "; the proposal was made as if it were new");
    }
    return Optional.of("the file at " + abbreviate(parent) + " differs from what the proposal was made against");
  }

  /**
   * Why {@code edit} cannot create its path, which has no file at {@code parent}, or empty when it
   * can: it must have been made against no content, and neither the path nor a folder it needs
   * may be taken, at {@code parent} or by another file of the patch.
   */
  private static Optional<String> creationProblem(DirCache index, Set<String> patchPaths, FileEdit edit, String parent) {
    String path = edit.path();
    if (index.getEntriesWithin(path).length > 0) return Optional.of("a folder at " + abbreviate(parent) + ", not a file");
    if (!edit.before().isEmpty()) return Optional.of("no such file at " + abbreviate(parent));
    for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
      String folder = path.substring(0, slash);
      if (index.getEntry(folder) != null) return Optional.of(folder + " is a file at " + abbreviate(parent) + ", not a folder");
      if (patchPaths.contains(folder)) return Optional.of("the patch also creates " + folder + " as a file");
    }
    return Optional.empty();
  }

  /** The unified diff between two commits. */
  public String diff(String from, String to) {
    Repository repo = repositoryHaving(to);
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
      throw new EnvironmentException("cannot diff " + abbreviate(from) + ".." + abbreviate(to) + ": " + e.getMessage(), e);
    }
  }

  /**
   * What changed between two commits, one entry per path: added, modified, deleted (renames are
   * a deletion and an addition).
   */
  public List<ChangedPath> changedPaths(String from, String to) {
    Repository repo = repositoryHaving(to);
    try (RevWalk walk = new RevWalk(repo); DiffFormatter formatter = new DiffFormatter(OutputStream.nullOutputStream())) {
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
      throw new EnvironmentException("cannot compare " + abbreviate(from) + " with " + abbreviate(to) + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the files of {@code commit} into {@code dir} (which must not exist or be empty), with
   * executable bits and symbolic links; submodules are left out.
   */
  public void export(String commit, Path dir) {
    Repository repo = repositoryHaving(commit);
    try (RevWalk walk = new RevWalk(repo); ObjectReader reader = repo.newObjectReader(); TreeWalk tw = new TreeWalk(reader)) {
      RevCommit c = walk.parseCommit(ObjectId.fromString(commit));
      Files.createDirectories(dir);
      tw.addTree(c.getTree());
      tw.setRecursive(true);
      while (tw.next()) {
        FileMode mode = tw.getFileMode(0);
        Path target = dir.resolve(tw.getPathString()).normalize();
        if (!target.startsWith(dir)) throw new EnvironmentException("unsafe path in commit " + abbreviate(commit) + ": " + tw.getPathString());
        if (mode == FileMode.GITLINK) continue;
        Files.createDirectories(target.getParent());
        if (mode == FileMode.SYMLINK) {
          String link = new String(reader.open(tw.getObjectId(0)).getBytes(), StandardCharsets.UTF_8);
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
      throw new EnvironmentException("cannot export " + abbreviate(commit) + " to " + dir + ": " + e.getMessage(), e);
    }
  }

  /** The commit a branch of Kaizen's clone points at, when it exists. */
  public Optional<String> branch(String name) {
    try {
      Ref ref = clone.exactRef(Constants.R_HEADS + name);
      return ref == null ? Optional.empty() : Optional.of(ref.getObjectId().name());
    } catch (IOException e) {
      throw new EnvironmentException("cannot read branch " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Points a branch of Kaizen's clone at {@code commit}, only if it still points at
   * {@code expected} (empty: only if it does not exist yet).
   *
   * @throws EnvironmentException when the branch moved
   */
  public void setBranch(String name, Optional<String> expected, String commit) {
    try {
      RefUpdate update = clone.updateRef(Constants.R_HEADS + name);
      update.setExpectedOldObjectId(expected.map(ObjectId::fromString).orElse(ObjectId.zeroId()));
      update.setNewObjectId(ObjectId.fromString(commit));
      update.setForceUpdate(true);
      update.setRefLogIdent(KAIZEN);
      update.setRefLogMessage("kaizen: " + abbreviate(commit), false);
      RefUpdate.Result result = update.update();
      switch (result) {
        case NEW, FORCED, FAST_FORWARD, NO_CHANGE -> { }
        default -> throw new EnvironmentException("branch " + name + " moved while Kaizen worked (" + result + "); nothing was overwritten");
      }
    } catch (IOException e) {
      throw new EnvironmentException("cannot update branch " + name + ": " + e.getMessage(), e);
    }
  }

  /**
   * Pushes {@code commit} to branch {@code name} of the user's repository, only if that branch
   * still points at {@code expected} (empty: only if it does not exist). Never the checked-out
   * branch.
   */
  public void publish(String name, Optional<String> expected, String commit) {
    if (currentBranch().filter(name::equals).isPresent()) {
      throw new UsageException("branch " + name + " is checked out in " + userTree() + "; Kaizen does not move a checked-out branch");
    }
    try (Git git = Git.wrap(clone)) {
      String dst = Constants.R_HEADS + name;
      Iterable<PushResult> results = git.push()
          .setRemote(user.getDirectory().toURI().toString())
          .setRefSpecs(new RefSpec(commit + ":" + dst))
          .setRefLeaseSpecs(new RefLeaseSpec(dst, expected.orElse(ObjectId.zeroId().name())))
          .setForce(false)
          .call();
      for (PushResult r : results) {
        RemoteRefUpdate u = r.getRemoteUpdate(dst);
        if (u != null && u.getStatus() != RemoteRefUpdate.Status.OK && u.getStatus() != RemoteRefUpdate.Status.UP_TO_DATE) {
          throw new EnvironmentException("could not update " + name + " in " + userTree() + ": " + u.getStatus()
              + (u.getMessage() == null ? "" : " (" + u.getMessage() + ")"));
        }
      }
    } catch (GitAPIException e) {
      throw new EnvironmentException("could not update " + name + " in " + userTree() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Pushes {@code commit} from Kaizen's clone to branch {@code name} of another repository
   * ({@code remote}: an HTTPS URL, or a path or {@code file:} URL of a repository), as a
   * fast-forward only: a remote branch that does not lead to {@code commit} is never overwritten.
   * The user's repository is not involved. {@code login}, when given, answers an HTTPS remote's
   * request for credentials; its secret never appears in a message.
   *
   * @throws UsageException when git does not allow {@code name} as a branch
   * @throws EnvironmentException when the commit is not in the clone, the remote cannot be
   *     reached or refuses the push
   */
  public Pushed push(String remote, String name, String commit, Optional<RemoteLogin> login) {
    var secrets = new ArrayList<String>();
    login.ifPresent(l -> secrets.add(l.secret()));
    String where = displayRemote(remote, secrets);
    String dst = Constants.R_HEADS + name;
    if (!Repository.isValidRefName(dst)) throw new UsageException("not a valid branch name: " + name);
    try {
      if (!clone.getObjectDatabase().has(ObjectId.fromString(commit))) {
        throw new EnvironmentException("commit " + abbreviate(commit) + " is not in Kaizen's clone; nothing was pushed to "
            + where);
      }
    } catch (IOException e) {
      throw new EnvironmentException("cannot read Kaizen's clone: " + e.getMessage(), e);
    }
    // Causes are left out of these exceptions: a transport's message may quote the remote with its credentials.
    try (Git git = Git.wrap(clone)) {
      var push = git.push()
          .setRemote(remote)
          .setRefSpecs(new RefSpec(commit + ":" + dst))
          .setForce(false)
          .setTimeout(120);
      login.ifPresent(l -> push.setCredentialsProvider(new UsernamePasswordCredentialsProvider(l.user(), l.secret())));
      Pushed outcome = Pushed.UP_TO_DATE;
      for (PushResult r : push.call()) {
        RemoteRefUpdate u = r.getRemoteUpdate(dst);
        if (u == null) continue;
        switch (u.getStatus()) {
          case OK -> outcome = r.getAdvertisedRef(dst) == null ? Pushed.CREATED : Pushed.UPDATED;
          case UP_TO_DATE -> outcome = Pushed.UP_TO_DATE;
          case REJECTED_NONFASTFORWARD -> throw new EnvironmentException(name + " at " + where
              + " has commits that do not lead to " + abbreviate(commit) + "; Kaizen does not overwrite a branch");
          default -> throw new EnvironmentException("could not push " + name + " to " + where + ": " + u.getStatus()
              + (u.getMessage() == null ? "" : " (" + redact(u.getMessage(), secrets) + ")"));
        }
      }
      return outcome;
    } catch (GitAPIException | org.eclipse.jgit.api.errors.JGitInternalException e) {
      throw new EnvironmentException("could not push " + name + " to " + where + ": " + redact(e.getMessage(), secrets));
    }
  }

  /**
   * A remote as messages show it: without the user information of a URL, which joins
   * {@code secrets} so that it is scrubbed from any message too.
   */
  private static String displayRemote(String remote, List<String> secrets) {
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

  private static String redact(String text, List<String> secrets) {
    if (text == null) return null;
    String out = text;
    for (String s : secrets) {
      if (!s.isEmpty()) out = out.replace(s, "***");
    }
    return out;
  }

  /**
   * Fast-forwards the user's branch {@code name} to {@code commit}, which must already be in the
   * user's repository (see {@link #publish}) and descend from the branch. When the branch is
   * checked out, its working tree must be clean, and it is updated as {@code git merge --ff-only}
   * would.
   *
   * @throws UsageException when the branch is missing, diverged, or checked out with changes
   */
  public void fastForward(String name, String commit) {
    String current = userBranch(name).orElseThrow(() -> new UsageException("--into " + name + ": no such branch in " + userTree()));
    if (current.equals(commit)) return;
    try (RevWalk walk = new RevWalk(user)) {
      RevCommit target = walk.parseCommit(ObjectId.fromString(commit));
      RevCommit old = walk.parseCommit(ObjectId.fromString(current));
      if (!walk.isMergedInto(old, target)) {
        throw new UsageException("--into " + name + ": the branch has moved since the session started; the result stays on its session branch");
      }
      if (currentBranch().filter(name::equals).isPresent()) {
        if (userTreeDirty()) {
          throw new UsageException("--into " + name + ": the branch is checked out with uncommitted changes; commit or stash them, the result stays on its session branch");
        }
        try (Git git = Git.wrap(user)) {
          MergeResult result = git.merge().include(target).setFastForward(MergeCommand.FastForwardMode.FF_ONLY).setCommit(true).call();
          if (!result.getMergeStatus().isSuccessful()) {
            throw new UsageException("--into " + name + ": fast-forward failed: " + result.getMergeStatus());
          }
        }
        return;
      }
      RefUpdate update = user.updateRef(Constants.R_HEADS + name);
      update.setExpectedOldObjectId(old);
      update.setNewObjectId(target);
      update.setRefLogIdent(KAIZEN);
      update.setRefLogMessage("kaizen: fast-forward to " + abbreviate(commit), false);
      RefUpdate.Result result = update.update(walk);
      if (result != RefUpdate.Result.FAST_FORWARD && result != RefUpdate.Result.NO_CHANGE) {
        throw new UsageException("--into " + name + ": the branch was not fast-forwarded (" + result + ")");
      }
    } catch (MissingObjectException e) {
      throw new EnvironmentException("--into " + name + ": commit " + abbreviate(commit) + " is not in " + userTree() + " yet", e);
    } catch (IOException | GitAPIException e) {
      throw new EnvironmentException("--into " + name + ": " + e.getMessage(), e);
    }
  }

  private Repository repositoryHaving(String commit) {
    try {
      return clone.getObjectDatabase().has(ObjectId.fromString(commit)) ? clone : user;
    } catch (IOException e) {
      return user;
    }
  }

  /** The short form of a commit id used in messages. */
  public static String abbreviate(String commit) {
    return commit.length() > 10 ? commit.substring(0, 10) : commit;
  }

  @Override
  public void close() {
    clone.close();
    user.close();
  }
}
