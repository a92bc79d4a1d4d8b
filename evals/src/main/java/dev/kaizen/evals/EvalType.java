package dev.kaizen.evals;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A kind of eval: its configuration keys and their checks, how an eval of its kind runs on a tree
 * and how its output is read, what it tells a proposer, what profiling runs and what {@code init}
 * proposes. The built-in kinds ({@code junit}, {@code command}, {@code jmh}) and the registry that
 * holds them are in {@code dev.kaizen.evals.types}; nothing else asks which kind an eval is.
 *
 * <p>A type is either a test type ({@link #measures()} false: its evals must pass, {@link
 * EvalSuite#check} runs them through {@link #test}) or a metric type ({@link #measures()} true: its
 * evals are measured in the gate's pairs, {@link EvalSuite#measure} runs them through {@link
 * #measure}). Expected failures (a failing test, output that does not parse, a command that exits
 * 1) are problems in the outcome, not exceptions.
 */
public interface EvalType {

  /** The name {@code kaizen.yml} writes after {@code type:}, for example {@code junit}. */
  String id();

  /**
   * Whether its evals are measured in pairs (a metric type) rather than checked once (a test type).
   */
  boolean measures();

  /**
   * The keys an eval entry of this type may hold beyond {@code id}, {@code type}, {@code command}
   * and {@code timeout}.
   */
  List<String> keys();

  /**
   * The rules of this type that an eval must meet, beyond those every eval meets (an id and a
   * command); called by {@link EvalSpec}'s constructor, which throws the problem as an {@link
   * IllegalArgumentException}.
   *
   * @return why an eval of this type cannot have these components, or empty when it can
   */
  Optional<String> check(String id, String command, List<MetricSpec> metrics, Role benchmarkRole);

  /**
   * Reads an eval of this type from its configuration entry, whose common keys are read already. A
   * bad or misplaced key is reported with {@link EvalEntry#error}; the spec's own {@link
   * IllegalArgumentException} is reported by the caller at the entry's id.
   */
  EvalSpec read(EvalEntry entry);

  /**
   * Whether a run of {@code spec} may report a target metric: one of its declared metrics is a
   * target, or metrics its runs report without declaring them (a JMH eval's benchmarks) may be.
   */
  boolean mayHaveTargets(EvalSpec spec);

  /**
   * Runs a test eval on {@code run}'s tree and reads its results; for a test type.
   *
   * @throws UnsupportedOperationException for a metric type
   */
  default TestOutcome test(EvalSpec spec, EvalRun run) {
    throw new UnsupportedOperationException("a " + id() + " eval is not a test eval");
  }

  /**
   * Runs a metric eval once on {@code run}'s tree and reads its metrics; for a metric type.
   *
   * @throws UnsupportedOperationException for a test type
   */
  default MetricOutcome measure(EvalSpec spec, EvalRun run) {
    throw new UnsupportedOperationException("a " + id() + " eval measures nothing");
  }

  /**
   * The command line profiling runs in place of the eval's, with Java Flight Recorder in every JVM
   * it starts; {@code scratchFile} (relative to the tree) is removed afterwards. Empty when an eval
   * of this type cannot be profiled. By default, the eval's own command.
   */
  default Optional<String> profileCommand(EvalSpec spec, String scratchFile) {
    return Optional.of(spec.command());
  }

  /**
   * Lines that tell a proposer about the metrics {@code spec} reports without declaring them (for
   * example {@code every benchmark of the JMH eval 'jmh': target}); none by default.
   */
  default List<String> describe(EvalSpec spec) {
    return List.of();
  }

  /**
   * What {@code spec} runs as its workload in {@code tree}, the trusted baseline: {@code
   * .gitignore}-style globs relative to the root that a candidate may not touch (the main class of
   * a benchmark, its input, its module). By default, for a metric type, what its command names (see
   * {@link CommandWorkload}); nothing for a test type, whose tests are protected wherever they are.
   */
  default List<String> workload(EvalSpec spec, Path tree) {
    return measures() ? CommandWorkload.of(spec.command(), tree).globs() : List.of();
  }

  /**
   * The eval of this type that {@code init} and the defaults propose for the tree at {@code tree},
   * from what it shows; empty when there is none to propose (the default).
   */
  default Optional<EvalSuggestion> suggest(Path tree) {
    return Optional.empty();
  }
}
