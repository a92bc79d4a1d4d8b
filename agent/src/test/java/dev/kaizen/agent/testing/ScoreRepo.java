package dev.kaizen.agent.testing;

import dev.kaizen.agent.config.Extensions;
import dev.kaizen.evals.EvalEntry;
import dev.kaizen.evals.EvalSpec;
import dev.kaizen.evals.EvalType;
import dev.kaizen.evals.MetricOutcome;
import dev.kaizen.evals.MetricSpec;
import dev.kaizen.evals.Role;
import dev.kaizen.sandbox.Capabilities;
import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.SandboxBackend;
import dev.kaizen.sandbox.SandboxException;
import dev.kaizen.sandbox.SandboxSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A repository whose one metric is the number in {@code score.txt} (lower is better), measured
 * without Docker or any process: the {@code score} eval type asks the sandbox for {@code cat
 * score.txt}, and the {@code score-test} backend answers it by reading the file. Measurements are
 * exact, so the gate's decisions are the same on every run: a lower score is accepted, a higher one
 * rejected.
 *
 * <p>For tests that kill a session: when the environment names a score in {@value #HOLD_AT} and a
 * file in {@value #HELD}, the sandbox writes that file and hangs the first time it measures a tree
 * with that score.
 */
public final class ScoreRepo {

  /** The score at which the sandbox hangs, in a child JVM's environment. */
  public static final String HOLD_AT = "KAIZEN_TEST_HOLD_AT";

  /** The file the sandbox writes when it hangs. */
  public static final String HELD = "KAIZEN_TEST_HELD";

  public static final String KAIZEN_YML =
      """
      evals:
        - id: score
          type: score
          command: cat score.txt
          metrics:
            - {name: score, better: lower, role: target}
      gate: {alpha: 0.05, min-effect: 0.01, pairs: {min: 8, max: 8}}
      sandbox: {backend: score-test}
      budget: {max-iterations: 6, max-wall: 30m}
      """;

  /**
   * The standard extensions with the {@code score} eval type and the {@code score-test} backend.
   */
  public static final Extensions EXTENSIONS =
      Extensions.standard().with(new ScoreEval()).with(new ScoreBackend());

  private ScoreRepo() {}

  /** A repository at {@code dir} whose {@code score.txt} says {@code 1000}, on branch main. */
  public static GitFixture create(Path dir) {
    GitFixture repo = GitFixture.init(dir);
    repo.write("kaizen.yml", KAIZEN_YML)
        .write("score.txt", "1000\n")
        .write("README.md", "A repository measured by its score.\n")
        .commitAll("a repository with a score");
    return repo;
  }

  /** The score a tree's {@code score.txt} says. */
  public static int score(Path tree) {
    try {
      return Integer.parseInt(Files.readString(tree.resolve("score.txt")).strip());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code type: score}: the last line of its command's output is the one metric's value. */
  record ScoreEval() implements EvalType {
    @Override
    public String id() {
      return "score";
    }

    @Override
    public boolean measures() {
      return true;
    }

    @Override
    public List<String> keys() {
      return List.of("metrics");
    }

    @Override
    public Optional<String> check(
        String id, String command, List<MetricSpec> metrics, Role benchmarkRole) {
      return metrics.size() == 1
          ? Optional.empty()
          : Optional.of("score eval '" + id + "' declares one metric");
    }

    @Override
    public EvalSpec read(EvalEntry entry) {
      return new EvalSpec(entry.id(), this, entry.command(), entry.metrics(), entry.timeout());
    }

    @Override
    public boolean mayHaveTargets(EvalSpec spec) {
      return true;
    }

    /** None: the file its command reads is what candidates improve, not a measuring instrument. */
    @Override
    public List<String> workload(EvalSpec spec, Path tree) {
      return List.of();
    }

    @Override
    public MetricOutcome measure(EvalSpec spec, dev.kaizen.evals.EvalRun run) {
      ExecResult r = run.exec(spec.command());
      if (!r.succeeded()) return MetricOutcome.failed(run.failure(r));
      List<String> lines = r.stdout().strip().lines().toList();
      double value = Double.parseDouble(lines.get(lines.size() - 1).strip());
      return MetricOutcome.of(Map.of(spec.metrics().get(0).name(), value), spec.metrics());
    }
  }

  /**
   * {@code backend: score-test}: answers {@code cat score.txt} from the tree, runs nothing else.
   */
  record ScoreBackend() implements SandboxBackend {
    @Override
    public String name() {
      return "score-test";
    }

    @Override
    public Capabilities capabilities() {
      return Capabilities.NONE;
    }

    @Override
    public Optional<String> unavailable() {
      return Optional.empty();
    }

    @Override
    public Sandbox open(SandboxSettings settings) {
      return new ScoreSandbox();
    }
  }

  /** The sandbox of {@link ScoreBackend}. */
  static final class ScoreSandbox implements Sandbox {
    @Override
    public ExecResult exec(Command command, Path tree, Limits limits) {
      if (!command.display().equals("cat score.txt"))
        throw new SandboxException("the score sandbox runs only 'cat score.txt': " + command);
      int score = score(tree);
      holdIfAsked(score);
      return new ExecResult(0, score + "\n", "", Duration.ofMillis(1), false, false, false);
    }

    private static void holdIfAsked(int score) {
      String at = System.getenv(HOLD_AT);
      String held = System.getenv(HELD);
      if (at == null || held == null || Integer.parseInt(at) != score) return;
      try {
        Files.writeString(Path.of(held), String.valueOf(ProcessHandle.current().pid()));
        Thread.sleep(Duration.ofMinutes(10).toMillis());
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public String backend() {
      return "score-test";
    }

    @Override
    public List<String> weaknesses() {
      return List.of("runs nothing: a test fake that reads score.txt");
    }

    @Override
    public void close() {}
  }
}
