package dev.kaizen.agent.loop;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.config.ConfigReader;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.config.ProjectDefaults;
import dev.kaizen.agent.ledger.BaselineChecks;
import dev.kaizen.agent.ledger.Ledger;
import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.evals.EvalSuite;
import dev.kaizen.evals.TestReport;
import dev.kaizen.evals.TreeCheck;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.SandboxUnavailableException;
import dev.kaizen.sandbox.backends.SandboxBackends;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A repository opened for Kaizen: its workspace (Kaizen's clone and runtime state), its ledger,
 * its trusted configuration, and the sandbox its evals run in.
 */
public final class Project implements AutoCloseable {

  public static final String CONFIG_FILE = "kaizen.yml";

  private final Workspace workspace;
  private final Path workspaceDir;
  private final Ledger ledger;

  private Project(Workspace workspace, Path workspaceDir) {
    this.workspace = workspace;
    this.workspaceDir = workspaceDir;
    this.ledger = new Ledger(workspaceDir);
  }

  /**
   * Opens the git repository around {@code start}.
   *
   * @param workspaceDir where Kaizen keeps its state; by default {@code workspace/} at the
   *     repository's root
   * @throws EnvironmentException when there is no repository or it has no commit
   */
  public static Project open(Path start, Optional<Path> workspaceDir) {
    Path ws = workspaceDir.map(p -> p.toAbsolutePath().normalize()).orElseGet(() -> root(start).resolve("workspace"));
    return new Project(Workspace.open(start, ws), ws);
  }

  /** The root of the working tree around {@code start}, without opening anything else. */
  private static Path root(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    for (Path p = dir; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) return p;
    }
    return dir; // Workspace.open reports the missing repository
  }

  public Workspace workspace() {
    return workspace;
  }

  public Path workspaceDir() {
    return workspaceDir;
  }

  public Ledger ledger() {
    return ledger;
  }

  /**
   * The trusted configuration: {@code configFile} when given, else {@code kaizen.yml} as
   * committed at {@code commit}, else the defaults of the project the tree shows.
   */
  public KaizenConfig config(String commit, Path tree, Optional<Path> configFile) {
    KaizenConfig defaults = ProjectDefaults.detect(tree);
    if (configFile.isPresent()) {
      Path file = configFile.get();
      try {
        return ConfigReader.read(Files.readString(file), file.getFileName().toString(), file.toString(), defaults);
      } catch (java.nio.file.NoSuchFileException e) {
        throw new UsageException("--config " + file + ": no such file");
      } catch (IOException e) {
        throw new UsageException("--config " + file + ": " + e.getMessage());
      }
    }
    return workspace.readFile(commit, CONFIG_FILE)
        .map(text -> ConfigReader.read(text, CONFIG_FILE, CONFIG_FILE + " at " + Workspace.abbreviate(commit), defaults))
        .orElse(defaults);
  }

  /**
   * Builds and tests the trusted baseline, or, when its passing tests are cached for this suite
   * and a {@code build} command exists, only builds it and takes the cached tests. Performance is
   * never cached. A passing result is cached for next time.
   */
  public TreeCheck checkBaseline(EvalSuite suite, KaizenConfig config, String commit, Path tree, Progress progress) {
    var cache = new BaselineChecks(workspaceDir);
    String hash = config.suiteHash();
    Optional<TestReport> cached = cache.find(commit, hash);
    if (cached.isPresent() && config.build().isPresent()) {
      progress.step("building the baseline " + Workspace.abbreviate(commit) + " (its " + cached.get().run()
          + " tests passed before under this suite: cached)");
      return suite.build(tree, cached.get());
    }
    progress.step("building and testing the baseline " + Workspace.abbreviate(commit));
    TreeCheck check = suite.check(tree);
    if (check.ok()) cache.store(commit, hash, check.tests());
    return check;
  }

  /** Folders for exported trees, owned by this process. */
  public Trees trees(String owner) {
    return Trees.create(workspace, workspaceDir, owner);
  }

  /** Runs the configuration's {@code prepare} command on the host in {@code baselineTree}, once per commit. */
  public void prepare(KaizenConfig config, String commit, Path baselineTree, Progress progress) {
    if (config.prepare().isEmpty()) return;
    new Preparer(workspaceDir.resolve("cache"), List.of(config.model().apiKeyEnv()))
        .prepare(config.prepare().get(), commit, baselineTree, config.sandbox().limits().timeout(), progress);
  }

  /**
   * Opens the configured sandbox. With {@code backend: auto} and no engine, falls back to the
   * process backend with a warning. Until it is closed, a shutdown hook (Ctrl-C) stops and removes
   * whatever it runs.
   *
   * @throws EnvironmentException when {@code backend: docker} is set and no engine answers
   */
  public static Sandbox openSandbox(KaizenConfig config, Progress progress) {
    Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository");
    var settings = new SandboxSettings(
        config.sandbox().backend(),
        config.sandbox().image(),
        Files.isDirectory(m2) ? Optional.of(m2) : Optional.empty(),
        sandboxState(),
        config.sandbox().limits());
    Sandbox sandbox;
    try {
      sandbox = SandboxBackends.standard().open(settings, progress::warn);
    } catch (SandboxUnavailableException e) {
      throw new EnvironmentException(e.getMessage(), e);
    }
    return new HookedSandbox(sandbox);
  }

  /**
   * Where the sandbox keeps its state between runs (a readable view of the Maven repository):
   * one per machine and user, under {@code $XDG_CACHE_HOME/kaizen} or {@code ~/.cache/kaizen}.
   */
  public static Path sandboxState() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
    return cache.resolve("kaizen").resolve("sandbox");
  }

  @Override
  public void close() {
    workspace.close();
  }
}
