package dev.kaizen.agent.loop;

import dev.kaizen.agent.EnvironmentException;
import dev.kaizen.agent.calibrate.Calibrations;
import dev.kaizen.agent.config.KaizenConfig;
import dev.kaizen.agent.ledger.SessionLog;
import dev.kaizen.agent.workspace.Workspace;
import dev.kaizen.evals.EvalSuite;
import dev.kaizen.evals.Gate;
import dev.kaizen.evals.TreeCheck;
import dev.kaizen.sandbox.Sandbox;
import java.nio.file.Path;
import java.util.random.RandomGeneratorFactory;

/** The sandbox, suite and gate of a session, and the check of its best tree. */
final class Evaluation implements AutoCloseable {

  final Sandbox sandbox;
  final EvalSuite suite;
  final Gate gate;
  TreeCheck bestCheck;

  private Evaluation(Sandbox sandbox, EvalSuite suite, Gate gate, TreeCheck bestCheck) {
    this.sandbox = sandbox;
    this.suite = suite;
    this.gate = gate;
    this.bestCheck = bestCheck;
  }

  /**
   * Prepares the build, opens the sandbox and checks the baseline (its logs go to the ledger's
   * iteration 0).
   *
   * @throws EnvironmentException when the baseline itself fails, or the sandbox cannot run
   */
  static Evaluation open(Project project, KaizenConfig config, String session, String base, Path baseTree, SessionLog log,
      Progress progress) {
    project.prepare(config, base, baseTree, progress);
    Sandbox sandbox = Project.openSandbox(config, progress);
    try {
      progress.info("sandbox: " + sandbox.backend());
      var suite = new EvalSuite(config.suite(), sandbox, config.sandbox().limits());
      var random = RandomGeneratorFactory.of("L64X128MixRandom").create(session.hashCode());
      var gate = new Gate(config.gate(), suite, random, progress)
          .withNoiseFloor(Calibrations.noiseFloor(project.workspaceDir(), config));
      TreeCheck baseline = project.checkBaseline(suite, config, base, baseTree, progress);
      Artifacts.writeLogs(log, 0, baseline.logs());
      if (!baseline.ok()) {
        throw new EnvironmentException("the baseline itself fails: " + baseline.problem().get()
            + " (logs in " + log.iterationDirectory(0).resolve("logs") + ")");
      }
      progress.info("baseline " + Workspace.abbreviate(base) + ": " + baseline.tests().run() + " tests pass");
      return new Evaluation(sandbox, suite, gate, baseline);
    } catch (RuntimeException e) {
      sandbox.close();
      throw e;
    }
  }

  @Override
  public void close() {
    sandbox.close();
  }
}
