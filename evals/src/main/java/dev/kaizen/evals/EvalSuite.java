package dev.kaizen.evals;

import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import dev.kaizen.sandbox.Limits;
import dev.kaizen.sandbox.Sandbox;
import dev.kaizen.sandbox.support.Directories;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Runs a suite's build and evals on a tree in a sandbox; each eval's type runs it and reads its
 * output (see {@link EvalType#test} and {@link EvalType#measure}). Everything a command does wrong
 * (a failed build, a failing test, a bad metric line, a timeout) comes back as a problem in the
 * result; only a failure of the sandbox itself is thrown.
 *
 * <p><b>Hygiene.</b> Only the build runs on the tree itself. Every test and metric run gets a
 * {@link FreshTrees fresh copy} of the built tree, discarded afterwards, so nothing the measured
 * code writes at run time (a cache, a file that slows the next run) reaches a later run or the tree
 * that may become the next baseline; and every eval run gets its own results directory and nonce
 * (see {@link EvalRun}).
 */
public final class EvalSuite {

  private final SuiteSpec spec;
  private final Sandbox sandbox;
  private final Limits limits;
  private final boolean freshCopies;

  public EvalSuite(SuiteSpec spec, Sandbox sandbox, Limits limits) {
    this(spec, sandbox, limits, true);
  }

  /**
   * A suite whose runs go on the tree itself when {@code freshCopies} is false: only for tests of
   * the statistics, thousands of runs in a fake sandbox that writes nothing.
   */
  EvalSuite(SuiteSpec spec, Sandbox sandbox, Limits limits, boolean freshCopies) {
    this.spec = Objects.requireNonNull(spec, "spec");
    this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
    this.limits = Objects.requireNonNull(limits, "limits");
    this.freshCopies = freshCopies;
  }

  public SuiteSpec spec() {
    return spec;
  }

  /** The sandbox every command runs in. */
  public Sandbox sandbox() {
    return sandbox;
  }

  /** The limits every command runs under, unless its eval sets its own timeout. */
  public Limits limits() {
    return limits;
  }

  /** Runs the build (if any), then every test eval, in the sandbox on tree. Problems as data. */
  public TreeCheck check(Path tree) {
    Objects.requireNonNull(tree, "tree");
    var logs = new ArrayList<EvalLog>();
    if (spec.build().isPresent()) {
      ExecResult build = run("build", spec.build().get(), tree, limits, logs);
      if (!build.succeeded()) {
        return new TreeCheck(
            TestReport.EMPTY, Optional.of(commandProblem("build", build, limits, tree)), logs);
      }
    }
    TestReport tests = TestReport.EMPTY;
    for (EvalSpec eval : spec.testEvals()) {
      Path copy = freshCopies ? FreshTrees.copy(tree) : tree;
      TestOutcome outcome;
      try (Run run = new Run(eval, copy, logs)) {
        outcome = eval.type().test(eval, run);
      } finally {
        if (freshCopies) FreshTrees.discard(copy);
      }
      tests = tests.plus(outcome.tests());
      if (!outcome.ok()) return new TreeCheck(tests, outcome.problem(), logs);
    }
    return new TreeCheck(tests, Optional.empty(), logs);
  }

  /**
   * Runs the build only, for a tree whose tests already passed under this suite (a baseline whose
   * check is cached): the result carries {@code cachedTests}, or the build's failure.
   */
  public TreeCheck build(Path tree, TestReport cachedTests) {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(cachedTests, "cachedTests");
    var logs = new ArrayList<EvalLog>();
    if (spec.build().isPresent()) {
      ExecResult build = run("build", spec.build().get(), tree, limits, logs);
      if (!build.succeeded()) {
        return new TreeCheck(
            TestReport.EMPTY, Optional.of(commandProblem("build", build, limits, tree)), logs);
      }
    }
    return new TreeCheck(cachedTests, Optional.empty(), logs);
  }

  /**
   * Runs every metric eval once (each a fresh sandbox exec, i.e. a fresh process, on a fresh copy
   * of the built tree) on tree. A metric reported by two evals fails the run.
   */
  public Measurement measure(Path tree) {
    Objects.requireNonNull(tree, "tree");
    if (!freshCopies) return measureIn(tree);
    Path copy = FreshTrees.copy(tree);
    try {
      return measureIn(copy);
    } finally {
      FreshTrees.discard(copy);
    }
  }

  private Measurement measureIn(Path tree) {
    var logs = new ArrayList<EvalLog>();
    var values = new LinkedHashMap<String, Double>();
    var specs = new ArrayList<MetricSpec>();
    var replicates = new LinkedHashMap<String, List<Double>>();
    Duration wall = Duration.ZERO;
    OptionalLong peak = OptionalLong.empty();
    for (EvalSpec eval : spec.metricEvals()) {
      MetricOutcome outcome;
      try (var run = new Run(eval, tree, logs)) {
        outcome = eval.type().measure(eval, run);
        wall = wall.plus(run.wall);
        peak = max(peak, run.peak);
      }
      if (!outcome.ok()) return Measurement.failed(outcome.problem().get(), wall, peak, logs);
      for (MetricSpec m : outcome.specs()) {
        if (values.putIfAbsent(m.name(), outcome.metrics().get(m.name())) != null) {
          return Measurement.failed(
              "eval '" + eval.id() + "': metric " + m.name() + " is reported twice",
              wall,
              peak,
              logs);
        }
        specs.add(m);
      }
      replicates.putAll(outcome.replicates());
    }
    return new Measurement(values, specs, replicates, wall, peak, Optional.empty(), logs);
  }

  /**
   * One eval on one tree: its commands run under its limits with its results directory and nonce,
   * are logged, and count towards its wall time and peak memory. Closing it removes its results.
   */
  private final class Run implements EvalRun, AutoCloseable {

    private static final SecureRandom NONCES = new SecureRandom();

    private final EvalSpec eval;
    private final Path tree;
    private final List<EvalLog> logs;
    private final Limits evalLimits;
    private final String nonce;
    private Path results;
    private Duration wall = Duration.ZERO;
    private OptionalLong peak = OptionalLong.empty();

    Run(EvalSpec eval, Path tree, List<EvalLog> logs) {
      this.eval = eval;
      this.tree = tree;
      this.logs = logs;
      this.evalLimits = eval.timeout().map(limits::withTimeout).orElse(limits);
      byte[] bytes = new byte[16];
      NONCES.nextBytes(bytes);
      this.nonce = HexFormat.of().formatHex(bytes);
    }

    @Override
    public Path tree() {
      return tree;
    }

    @Override
    public synchronized Path results() {
      if (results == null) {
        try {
          results = Files.createTempDirectory("kaizen-results-");
        } catch (IOException e) {
          throw new UncheckedIOException("cannot make a results directory: " + e.getMessage(), e);
        }
      }
      return results;
    }

    @Override
    public String nonce() {
      return nonce;
    }

    @Override
    public synchronized void close() {
      if (results != null) Directories.deleteQuietly(results);
      results = null;
    }

    @Override
    public ExecResult exec(String commandLine) {
      Command command = Command.shell(commandLine).withEnv(NONCE_VARIABLE, nonce);
      synchronized (this) {
        if (results != null) command = command.withResults(results);
      }
      ExecResult result = sandbox.exec(command, tree, evalLimits);
      logs.add(new EvalLog(eval.id(), commandLine, result));
      wall = wall.plus(result.elapsed());
      peak = max(peak, result.peakMemoryBytes());
      return result;
    }

    @Override
    public String failure(ExecResult result) {
      return commandProblem("eval '" + eval.id() + "'", result, evalLimits, tree);
    }
  }

  private static OptionalLong max(OptionalLong a, OptionalLong b) {
    if (a.isEmpty()) return b;
    if (b.isEmpty()) return a;
    return OptionalLong.of(Math.max(a.getAsLong(), b.getAsLong()));
  }

  private ExecResult run(
      String step, String commandLine, Path tree, Limits limits, List<EvalLog> logs) {
    ExecResult result = sandbox.exec(Command.shell(commandLine), tree, limits);
    logs.add(new EvalLog(step, commandLine, result));
    return result;
  }

  /**
   * "build failed (exit 1): …", "eval 'tests' timed out after 10 min: …", "… was killed: out of
   * memory".
   */
  static String commandProblem(String what, ExecResult result, Limits limits, Path tree) {
    String how;
    if (result.timedOut()) how = what + " timed out after " + Texts.duration(limits.timeout());
    else if (result.oomKilled()) how = what + " was killed: out of memory";
    else how = what + " failed (exit " + result.exitCode() + ")";
    String tail = OutputExcerpt.of(result, tree);
    return tail.isEmpty() ? how : how + ": " + tail;
  }
}
