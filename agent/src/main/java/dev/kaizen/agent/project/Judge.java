package dev.kaizen.agent.project;

import dev.kaizen.agent.Progress;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.evals.EvalSuite;
import dev.kaizen.evals.Gate;
import dev.kaizen.evals.TestReport;
import dev.kaizen.evals.TreeCheck;
import dev.kaizen.sandbox.Sandbox;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.random.RandomGeneratorFactory;

/**
 * A trusted baseline made ready to judge against: its build prepared on the host (once per commit),
 * the sandbox open, the eval suite of the trusted configuration, and the gate. Every command that
 * measures — {@code eval}, {@code gate}, {@code improve}, {@code session}, {@code calibrate} —
 * starts here, so that this sequence is written once. Closing it closes the sandbox (a shutdown
 * hook does the same on Ctrl-C).
 */
public final class Judge implements AutoCloseable {

  private final Project project;
  private final KaizenConfig config;
  private final String base;
  private final Path baseTree;
  private final Sandbox sandbox;
  private final EvalSuite suite;
  private final Progress progress;

  private Judge(
      Project project,
      KaizenConfig config,
      String base,
      Path baseTree,
      Sandbox sandbox,
      Progress progress) {
    this.project = project;
    this.config = config;
    this.base = base;
    this.baseTree = baseTree;
    this.sandbox = sandbox;
    this.suite = new EvalSuite(config.suite(), sandbox, config.sandbox().limits());
    this.progress = progress;
  }

  /**
   * Runs the configuration's {@code prepare} command on the host in {@code baseTree} (once per
   * commit), then opens the sandbox.
   *
   * @param config the trusted configuration, from {@code base}
   * @throws dev.kaizen.agent.EnvironmentException when preparing fails or no sandbox can run
   */
  public static Judge open(
      Project project, KaizenConfig config, String base, Path baseTree, Progress progress) {
    Objects.requireNonNull(config, "config");
    project.prepare(config, base, baseTree, progress);
    Sandbox sandbox = project.openSandbox(config, progress);
    return new Judge(project, config, base, baseTree, sandbox, progress);
  }

  public KaizenConfig config() {
    return config;
  }

  public Sandbox sandbox() {
    return sandbox;
  }

  /** The sandbox backend's name, for messages and records. */
  public String backend() {
    return sandbox.backend();
  }

  public EvalSuite suite() {
    return suite;
  }

  /**
   * Builds and tests the baseline, or — when its passing tests are cached for this suite and a
   * {@code build} command exists — only builds it and takes the cached tests. Performance is never
   * cached. A passing result is cached for next time.
   */
  public TreeCheck checkBaseline() {
    BaselineChecks cache = project.baselineChecks();
    String hash = config.suiteHash();
    Optional<TestReport> cached = cache.find(base, hash);
    if (cached.isPresent() && config.build().isPresent()) {
      progress.step(
          "building the baseline "
              + Workspace.abbreviate(base)
              + " (its "
              + cached.get().run()
              + " tests passed before under this suite: cached)");
      return suite.build(baseTree, cached.get());
    }
    progress.step("building and testing the baseline " + Workspace.abbreviate(base));
    TreeCheck check = suite.check(baseTree);
    if (check.ok()) cache.store(base, hash, check.tests());
    return check;
  }

  /**
   * Builds and tests {@code tree} with no cache. When {@code tree} is the baseline's and it passes,
   * its tests are cached for the next baseline check.
   */
  public TreeCheck checkFresh(Path tree) {
    TreeCheck check = suite.check(tree);
    if (check.ok() && tree.equals(baseTree))
      project.baselineChecks().store(base, config.suiteHash(), check.tests());
    return check;
  }

  /**
   * The gate of this configuration, its pair orders drawn from {@code seed}, its threshold raised
   * to the noise floor of the suite's latest calibration when that is above {@code min-effect}.
   */
  public Gate gate(long seed) {
    var random = RandomGeneratorFactory.of("L64X128MixRandom").create(seed);
    return new Gate(config.gate(), suite, random, progress)
        .withNoiseFloor(project.calibrations().noiseFloor(config));
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
