package dev.kaizen.agent.loop;

import dev.kaizen.agent.index.CodeIndex;
import dev.kaizen.agent.profile.HotMethod;
import dev.kaizen.agent.profile.Profile;
import dev.kaizen.agent.profile.Profiler;
import dev.kaizen.agent.propose.Hotspot;
import dev.kaizen.evals.EvalSpec;
import dev.kaizen.evals.EvalSuite;
import dev.kaizen.evals.FreshTrees;
import dev.kaizen.sandbox.Command;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds where the best tree spends its time: runs the first eval that measures a target metric
 * once, with Java Flight Recorder in every JVM it starts, and maps the hot methods to the index.
 */
final class Profiling {

  /** The most hot methods a proposer is shown. */
  static final int HOT_METHODS = 10;

  private Profiling() {}

  /**
   * The first metric eval that may report a target metric and that its type can profile; empty when
   * there is none.
   */
  static Optional<EvalSpec> targetEval(EvalSuite suite) {
    return suite.spec().metricEvals().stream()
        .filter(e -> e.type().mayHaveTargets(e))
        .filter(e -> e.type().profileCommand(e, scratch(e)).isPresent())
        .findFirst();
  }

  /**
   * Profiles {@code eval} on a fresh copy of {@code tree} (built already), running the command its
   * type gives (a JMH eval writes its results to a scratch file in the copy).
   */
  static Profile run(EvalSuite suite, EvalSpec eval, Path tree, CodeIndex index) {
    String scratch = scratch(eval);
    String commandLine =
        eval.type()
            .profileCommand(eval, scratch)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "a " + eval.type().id() + " eval cannot be profiled"));
    // On a fresh copy, like every measured run: nothing the profiled code writes reaches the tree
    // that later runs are copied from.
    Path copy = FreshTrees.copy(tree);
    try {
      var limits = eval.timeout().map(suite.limits()::withTimeout).orElse(suite.limits());
      return Profiler.record(
          suite.sandbox(), copy, Command.shell(commandLine), limits, index, HOT_METHODS);
    } finally {
      FreshTrees.discard(copy);
    }
  }

  /** A file, relative to the tree, the profiled command may write (and that is removed again). */
  private static String scratch(EvalSpec eval) {
    return ".kaizen-profile-" + eval.id() + ".json";
  }

  /** The profile's methods as a proposer sees them. */
  static List<Hotspot> hotspots(Profile profile) {
    return profile.methods().stream().map(Profiling::hotspot).toList();
  }

  private static Hotspot hotspot(HotMethod m) {
    return new Hotspot(
        m.path(), m.label(), m.method().lines().begin(), m.method().lines().end(), m.share());
  }
}
