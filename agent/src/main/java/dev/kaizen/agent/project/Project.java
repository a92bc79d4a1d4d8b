package dev.kaizen.agent.project;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.Progress;
import dev.kaizen.agent.UsageException;
import dev.kaizen.agent.config.ConfigFiles;
import dev.kaizen.agent.config.ConfigReader;
import dev.kaizen.agent.config.Extensions;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.config.ProjectDefaults;
import dev.kaizen.agent.ledger.Ledger;
import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxSettings;
import dev.kaizen.sandbox.SandboxUnavailableException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A repository opened for Kaizen: its workspace (Kaizen's clone and runtime state), its ledger, its
 * caches, its trusted configuration, and the sandbox its evals run in.
 */
public final class Project implements AutoCloseable {

  public static final String CONFIG_FILE = ConfigFiles.NAME;

  private final Workspace workspace;
  private final Path workspaceDir;
  private final Optional<Path> configFile;
  private final Extensions extensions;
  private final Ledger ledger;

  private Project(
      Workspace workspace, Path workspaceDir, Optional<Path> configFile, Extensions extensions) {
    this.workspace = workspace;
    this.workspaceDir = workspaceDir;
    this.configFile = configFile;
    this.extensions = extensions;
    this.ledger = new Ledger(workspaceDir);
  }

  /**
   * Opens the git repository around {@code start}, configured by its committed {@code kaizen.yml},
   * with the standard extensions.
   *
   * @param workspaceDir where Kaizen keeps its state; by default {@code workspace/} at the
   *     repository's root
   * @throws EnvironmentException when there is no repository or it has no commit
   */
  public static Project open(Path start, Optional<Path> workspaceDir) {
    return open(start, workspaceDir, Optional.empty(), Extensions.standard());
  }

  /**
   * Opens the git repository around {@code start}.
   *
   * @param workspaceDir where Kaizen keeps its state; by default {@code workspace/} at the
   *     repository's root
   * @param configFile a configuration to use instead of the committed {@code kaizen.yml}
   * @param extensions the eval types, model providers and sandbox backends there are
   * @throws EnvironmentException when there is no repository or it has no commit
   */
  public static Project open(
      Path start, Optional<Path> workspaceDir, Optional<Path> configFile, Extensions extensions) {
    Objects.requireNonNull(configFile, "configFile");
    Objects.requireNonNull(extensions, "extensions");
    Path ws =
        workspaceDir
            .map(p -> p.toAbsolutePath().normalize())
            .orElseGet(
                () ->
                    gitRoot(start).orElse(start.toAbsolutePath().normalize()).resolve("workspace"));
    return new Project(
        Workspace.open(start, ws),
        ws,
        configFile.map(p -> p.toAbsolutePath().normalize()),
        extensions);
  }

  /**
   * The root of the working tree around {@code start} (the nearest folder holding {@code .git}),
   * without opening anything.
   */
  public static Optional<Path> gitRoot(Path start) {
    for (Path p = start.toAbsolutePath().normalize(); p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) return Optional.of(p);
    }
    return Optional.empty();
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

  public Extensions extensions() {
    return extensions;
  }

  /** The passing test results of trusted baselines, per commit and suite. */
  public BaselineChecks baselineChecks() {
    return new BaselineChecks(workspaceDir);
  }

  /** The latest calibration of each eval suite. */
  public Calibrations calibrations() {
    return new Calibrations(workspaceDir);
  }

  /**
   * The trusted configuration: the configuration file this project was opened with, else {@code
   * kaizen.yml} as committed at {@code commit}, else the defaults of the project the tree shows.
   */
  public KaizenConfig config(String commit, Path tree) {
    KaizenConfig defaults = ProjectDefaults.detect(tree, extensions.evalTypes());
    if (configFile.isPresent()) return ConfigFiles.read(configFile.get(), defaults, extensions);
    return workspace
        .readFile(commit, CONFIG_FILE)
        .map(
            text ->
                ConfigReader.read(
                    text,
                    CONFIG_FILE,
                    CONFIG_FILE + " at " + Workspace.abbreviate(commit),
                    defaults,
                    extensions))
        .orElse(defaults);
  }

  /**
   * The text {@link #config} reads at {@code commit}: the configuration file this project was
   * opened with, else {@code kaizen.yml} as committed; empty when the defaults apply.
   *
   * @throws UsageException when the configuration file cannot be read
   */
  public Optional<String> configText(String commit) {
    if (configFile.isEmpty()) return workspace.readFile(commit, CONFIG_FILE);
    try {
      return Optional.of(Files.readString(configFile.get()));
    } catch (java.io.IOException e) {
      throw new UsageException("--config " + configFile.get() + ": " + e.getMessage());
    }
  }

  /**
   * A configuration as a session recorded it: {@code text} (labelled {@code source}) over the
   * defaults of the project {@code tree} shows, or those defaults when there is no text.
   */
  public KaizenConfig recordedConfig(Optional<String> text, String source, Path tree) {
    KaizenConfig defaults = ProjectDefaults.detect(tree, extensions.evalTypes());
    return text.map(t -> ConfigReader.read(t, CONFIG_FILE, source, defaults, extensions))
        .orElse(defaults);
  }

  /**
   * The trusted configuration of a command that runs evals.
   *
   * @throws UsageException when it configures no evals
   */
  public KaizenConfig trustedConfig(String commit, Path tree) {
    KaizenConfig config = config(commit, tree);
    if (config.evals().isEmpty()) {
      throw new UsageException(
          "no evals are configured ("
              + config.source()
              + "): add a kaizen.yml; 'kaizen init' writes one");
    }
    return config;
  }

  /** Folders for exported trees, owned by this process. */
  public Trees trees(String owner) {
    return Trees.create(workspace, workspaceDir, owner);
  }

  /**
   * Runs the configuration's {@code prepare} command on the host in {@code baselineTree}, once per
   * commit.
   */
  public void prepare(KaizenConfig config, String commit, Path baselineTree, Progress progress) {
    if (config.prepare().isEmpty()) return;
    new Preparer(
            workspaceDir.resolve("cache"),
            List.of(config.model().apiKeyEnv(extensions.modelProviders())))
        .prepare(
            config.prepare().get(),
            commit,
            baselineTree,
            config.sandbox().limits().timeout(),
            progress);
  }

  /**
   * Opens the configured sandbox with this project's backends; see {@link
   * #openSandbox(KaizenConfig, Extensions, Progress)}.
   */
  public Sandbox openSandbox(KaizenConfig config, Progress progress) {
    return openSandbox(config, extensions, progress);
  }

  /**
   * Opens the configured sandbox. With {@code backend: auto} it is the available backend that
   * isolates most, with a warning when that is not full isolation; when none that isolates can run,
   * it fails, unless {@code extensions} allow running without isolation ({@code
   * --allow-unsandboxed}). Until it is closed, a shutdown hook (Ctrl-C) stops and removes whatever
   * it runs.
   *
   * @throws EnvironmentException when the backend that is named cannot run here, or with {@code
   *     auto} none that isolates can (the message says what is missing and how to opt in)
   */
  public static Sandbox openSandbox(KaizenConfig config, Extensions extensions, Progress progress) {
    Path m2 = Path.of(System.getProperty("user.home"), ".m2", "repository");
    var settings =
        new SandboxSettings(
            config.sandbox().backend(),
            config.sandbox().image(),
            Files.isDirectory(m2) ? Optional.of(m2) : Optional.empty(),
            sandboxState(),
            config.sandbox().limits());
    Sandbox sandbox;
    try {
      sandbox = extensions.sandboxBackends().open(settings, progress::warn);
    } catch (SandboxUnavailableException e) {
      throw new EnvironmentException(e.getMessage(), e);
    }
    return new HookedSandbox(sandbox);
  }

  /**
   * Where the sandbox keeps its state between runs (a readable view of the Maven repository): one
   * per machine and user, under {@code $XDG_CACHE_HOME/kaizen} or {@code ~/.cache/kaizen}.
   */
  public static Path sandboxState() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path cache =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return cache.resolve("kaizen").resolve("sandbox");
  }

  @Override
  public void close() {
    workspace.close();
  }
}
