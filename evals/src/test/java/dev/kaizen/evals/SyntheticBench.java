package dev.kaizen.evals;

import dev.kaizen.sandbox.Command;
import dev.kaizen.sandbox.ExecResult;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * A scripted benchmark: each run on a tree prints {@code {"ms_per_op": …, "heap_mb": …}} drawn
 * around that tree's centers with multiplicative log-normal noise, or fails on the runs told to.
 */
final class SyntheticBench implements ScriptedSandbox.Script {

  private final RandomGenerator noise;
  private final double sigma;
  private final double heapSigma;
  private final Map<Path, double[]> centers = new HashMap<>();
  private final Map<Path, Integer> runs = new HashMap<>();
  private final Map<Path, Set<Integer>> failingRuns = new HashMap<>();
  private final Set<Path> alwaysFailing = new HashSet<>();
  private final Map<Path, Double> drifts = new HashMap<>();
  private final Map<Path, double[]> sequences = new HashMap<>();
  private final Map<Path, Double> afterEffects = new HashMap<>();
  private Path lastTree;
  private boolean withHeap = true;

  /**
   * @param sigma the standard deviation of the noise of {@code ms_per_op} on the log scale (0.02 ≈
   *     2%)
   * @param heapSigma the same for {@code heap_mb}
   */
  SyntheticBench(RandomGenerator noise, double sigma, double heapSigma) {
    this.noise = noise;
    this.sigma = sigma;
    this.heapSigma = heapSigma;
  }

  SyntheticBench center(Path tree, double msPerOp, double heapMb) {
    centers.put(tree, new double[] {msPerOp, heapMb});
    return this;
  }

  /**
   * Makes {@code ms_per_op} on {@code tree} drift: run {@code k} is centred at {@code center × (1 +
   * perRun)^(k-1)}.
   */
  SyntheticBench drift(Path tree, double perRun) {
    drifts.put(tree, perRun);
    return this;
  }

  /**
   * Answers the runs on {@code tree} with exactly these {@code ms_per_op} values, in turn (then
   * again).
   */
  SyntheticBench sequence(Path tree, double... msPerOp) {
    sequences.put(tree, msPerOp.clone());
    return this;
  }

  /**
   * Makes every run on {@code tree} slow down the run after it, whichever tree that is, by {@code
   * slowdown} (0.04: 4% slower).
   */
  SyntheticBench afterEffect(Path tree, double slowdown) {
    afterEffects.put(tree, slowdown);
    return this;
  }

  /** Fails the {@code n}-th run on {@code tree} (from 1). */
  SyntheticBench failRun(Path tree, int n) {
    failingRuns.computeIfAbsent(tree, t -> new HashSet<>()).add(n);
    return this;
  }

  /** Prints {@code ms_per_op} only. */
  SyntheticBench withoutHeap() {
    withHeap = false;
    return this;
  }

  SyntheticBench failAlways(Path tree) {
    alwaysFailing.add(tree);
    return this;
  }

  @Override
  public ExecResult run(Path tree) {
    throw new IllegalStateException("a metric line needs the command's nonce");
  }

  @Override
  public ExecResult run(Path ranIn, Command command) {
    Path tree = ScriptedSandbox.origin(ranIn);
    int run = runs.merge(tree, 1, Integer::sum);
    double after = lastTree == null ? 1 : 1 + afterEffects.getOrDefault(lastTree, 0.0);
    lastTree = tree;
    if (alwaysFailing.contains(tree) || failingRuns.getOrDefault(tree, Set.of()).contains(run)) {
      return ScriptedSandbox.exit(
          1, "", "Exception in thread \"main\" java.lang.IllegalStateException: boom");
    }
    double[] sequence = sequences.get(tree);
    if (sequence != null) {
      return ScriptedSandbox.ok(
          ScriptedSandbox.metricLine(
              command,
              String.format(
                  Locale.ROOT, "{\"ms_per_op\": %.6f}", sequence[(run - 1) % sequence.length])));
    }
    double[] c = centers.get(tree);
    double trend = Math.pow(1 + drifts.getOrDefault(tree, 0.0), run - 1);
    double ms = c[0] * trend * after * Math.exp(sigma * noise.nextGaussian());
    double heap = c[1] * Math.exp(heapSigma * noise.nextGaussian());
    return ScriptedSandbox.ok(
        ScriptedSandbox.metricLine(
            command,
            withHeap
                ? String.format(Locale.ROOT, "{\"ms_per_op\": %.6f, \"heap_mb\": %.6f}", ms, heap)
                : String.format(Locale.ROOT, "{\"ms_per_op\": %.6f}", ms)));
  }
}
